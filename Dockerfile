# errata in a container image: errata is the entry point.
#
#   docker build -t errata .
#   docker run --rm -v "$PWD:/work" errata check articles/
#   docker run --rm -v "$PWD:/work" errata ci --base origin/main
#   printf 'Tuesday, January 7, 2026.\n' | docker run --rm -i errata check -
#
# Two stages: the first builds errata with the Debian -dev packages and
# installs it under /out; the second is Debian slim with only the shared
# libraries the program links (found with ldd, so the list follows the
# Makefile), those it opens when a command needs them (libgit2, libcrypto,
# libmicrohttpd: the packages the build wrote into build/gen/sonames.h) and
# errata's files.
FROM debian:bookworm-slim AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates gcc libc6-dev make pkg-config \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN sh scripts/deps.sh --build \
 && make -j"$(nproc)" && make install DESTDIR=/out PREFIX=/usr/local \
 && for lib in $(ldd build/errata | awk '$3 ~ /^\// { print $3 }'); do \
      dpkg -S "*/$(basename "$lib")" | cut -d: -f1; \
    done > /out/runtime-packages \
 && sed -n 's/^#define ERRATA__.*_PACKAGE "\(.*\)"$/\1/p' build/gen/sonames.h >> /out/runtime-packages \
 && sort -u -o /out/runtime-packages /out/runtime-packages \
 && cat /out/runtime-packages

FROM debian:bookworm-slim
COPY --from=build /out/runtime-packages /tmp/runtime-packages
RUN apt-get update \
 && apt-get install -y --no-install-recommends $(cat /tmp/runtime-packages) \
 && rm -rf /var/lib/apt/lists/* /tmp/runtime-packages \
 && printf '[safe]\n\tdirectory = *\n' > /etc/gitconfig
# (The mounted repository belongs to the host's user, not the container's:
# safe.directory lets libgit2 open it. Or run with --user "$(id -u):$(id -g)".)
COPY --from=build /out/usr/local/ /usr/local/
RUN errata --version && errata rules --ids > /dev/null
WORKDIR /work
ENTRYPOINT ["errata"]
CMD ["--help"]
