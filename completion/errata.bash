# bash completion for errata: commands, report subcommands, options and
# rule ids. Options and commands are read from the program's own --help,
# and rule ids from `errata rules --ids`, so they never fall behind it.
# Installed as share/bash-completion/completions/errata; or source it.

_errata_commands()
{
	"$1" --help 2>/dev/null | awk '/^commands:/ { on = 1; next }
		on && /^  [a-z]/ { print $1; next } on && /^$/ { exit }'
}

_errata_options()
{
	"$@" --help 2>/dev/null | awk '/^ +(-[a-zA-Z], )?--[a-z]/ {
		for (i = 1; i <= NF; i++) { w = $i; sub(/,$/, "", w); if (w ~ /^--?[a-zA-Z]/) print w; else break } }'
}

_errata()
{
	local cur prev cmd prog i words
	COMPREPLY=()
	cur=${COMP_WORDS[COMP_CWORD]}
	prev=${COMP_WORDS[COMP_CWORD-1]}
	prog=${COMP_WORDS[0]}
	cmd=""
	for ((i = 1; i < COMP_CWORD; i++)); do
		case ${COMP_WORDS[i]} in
		-*) ;;
		*) cmd=${COMP_WORDS[i]}; break ;;
		esac
	done

	if [[ -z $cmd ]]; then
		if [[ $cur == -* ]]; then
			COMPREPLY=($(compgen -W "--help --version" -- "$cur"))
		else
			COMPREPLY=($(compgen -W "$(_errata_commands "$prog")" -- "$cur"))
		fi
		return 0
	fi

	case $prev in
	--enable|--disable)
		COMPREPLY=($(compgen -W "$("$prog" rules --ids 2>/dev/null)" -- "$cur"))
		return 0 ;;
	-f|--format)
		case $cmd in
		check|ci) words="text json sarif github" ;;
		corrections) words="text json jsonld html atom" ;;
		*) words="text json" ;;
		esac
		COMPREPLY=($(compgen -W "$words" -- "$cur"))
		return 0 ;;
	--min-severity)
		COMPREPLY=($(compgen -W "error warning info" -- "$cur"))
		return 0 ;;
	--color)
		COMPREPLY=($(compgen -W "auto always never" -- "$cur"))
		return 0 ;;
	-k|--kind)
		COMPREPLY=($(compgen -W "correction clarification update editors-note retraction" -- "$cur"))
		return 0 ;;
	--status)
		COMPREPLY=($(compgen -W "open confirmed fixed corrected rejected duplicate all" -- "$cur"))
		return 0 ;;
	--rules|-C|--repo)
		COMPREPLY=($(compgen -d -- "$cur"))
		return 0 ;;
	esac

	if [[ $cmd == report || $cmd == hook ]]; then
		local sub="" j
		for ((j = i + 1; j < COMP_CWORD; j++)); do
			[[ ${COMP_WORDS[j]} != -* ]] && { sub=${COMP_WORDS[j]}; break; }
		done
		if [[ -z $sub ]]; then
			if [[ $cmd == report ]]; then
				words=$(_errata_commands_of "$prog" report)
			else
				words="install uninstall"
			fi
			COMPREPLY=($(compgen -W "$words" -- "$cur"))
			return 0
		fi
		if [[ $cur == -* ]]; then
			COMPREPLY=($(compgen -W "$(_errata_options "$prog" "$cmd" "$sub")" -- "$cur"))
			return 0
		fi
	elif [[ $cur == -* ]]; then
		COMPREPLY=($(compgen -W "$(_errata_options "$prog" "$cmd")" -- "$cur"))
		return 0
	fi
	COMPREPLY=($(compgen -f -- "$cur"))
	return 0
}

# The subcommands a command lists under "commands:" in its --help.
_errata_commands_of()
{
	"$1" "$2" --help 2>/dev/null | awk '/^commands:/ { on = 1; next }
		on && /^  [a-z]/ { print $1; next } on && /^$/ { exit }'
}

complete -o filenames -o bashdefault -F _errata errata
