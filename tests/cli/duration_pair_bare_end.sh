#!/bin/sh
# tests/cli/duration_pair_bare_end.sh: date.duration's fallback reading
# (core/checks/duration_pair.c) of a span whose end is a day written
# alone after its end word, in the month of the sentence's one date
# ("arranca el 8 de mayo y termina el 9", "con entrada el 8 de mayo y
# salida el 9"). Left alone: a right count, a day that does not close
# its clause ("termina el 9 tras una tormenta"), a length of another
# time ("cuatro días después").
. "$(dirname "$0")/lib.sh"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

# lang|flag (1: a finding wanted, 0: none)|sentence (articles dated 2026-04-20)
cat >"$T/cases" <<'CASES'
es|1|La romería, que este año dura cuatro días, arranca el 8 de mayo y termina el 9.
es|0|La romería, que este año dura cuatro días, arranca el 8 de mayo y termina el 11.
es|1|El paquete incluye cuatro noches en Vigo, con entrada el 8 de mayo y salida el 9.
es|0|El paquete incluye cuatro noches en Vigo, con entrada el 8 de mayo y salida el 12.
es|0|El festival de cuatro días arranca el 8 de mayo y termina el 9 tras una tormenta.
pt|1|A feira, com duração de quatro dias, começa a 8 de maio e termina a 9.
pt|0|A feira começa a 8 de maio e termina a 9, quatro dias depois da corrida.
CASES

expect_flags "$T/cases" date.duration
done_testing
