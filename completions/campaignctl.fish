function __campaignctl_should_offer_completions_for_flags_or_options -a expected_commands
    set -l non_repeating_flags_or_options $argv[2..]
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __campaignctl_parse_tokens
    test "$commands" = "$expected_commands"; and return $non_repeating_flags_or_options_absent
end

function __campaignctl_should_offer_completions_for_positional -a expected_commands positional_index_comparison expected_positional_index
    set -l non_repeating_flags_or_options
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __campaignctl_parse_tokens
    test "$commands" = "$expected_commands" -a \( "$positional_index" "$positional_index_comparison" "$expected_positional_index" \)
end

function __campaignctl_parse_tokens -S
    set -l unparsed_tokens (__campaignctl_tokens -pc)
    switch $unparsed_tokens[1]
    case 'campaignctl'
        __campaignctl_parse_subcommand 0 'version' 'h/help'
        switch $unparsed_tokens[1]
        case 'validate'
            __campaignctl_parse_subcommand -r 1 'env-prefix=' 'env=' 'format=' 'strict' 'version' 'h/help'
        case 'fmt'
            __campaignctl_parse_subcommand -r 1 'env-prefix=' 'env=' 'check' 'diff' 'version' 'h/help'
        case 'windows'
            __campaignctl_parse_subcommand -r 1 'env-prefix=' 'env=' 'format=' 'version' 'h/help'
        case 'plan'
            __campaignctl_parse_subcommand -r 1 'env-prefix=' 'env=' 'api-url=' 'token-file=' 'org=' 'parallelism=' 'retry-budget=' 'emulator=' 'format=' 'out=' 'show-sensitive' 'allow-mass-delete' 'allow-contact-overlap' 'target=+' 'detailed-exitcode' 'version' 'h/help'
        case 'apply'
            __campaignctl_parse_subcommand -r 1 'env-prefix=' 'env=' 'api-url=' 'token-file=' 'org=' 'parallelism=' 'retry-budget=' 'emulator=' 'format=' 'out=' 'show-sensitive' 'allow-mass-delete' 'allow-contact-overlap' 'target=+' 'plan=' 'auto-approve' 'on-stale=' 'fail-fast' 'report=' 'allow-changed-manifests' 'version' 'h/help'
        case 'drift'
            __campaignctl_parse_subcommand -r 1 'env-prefix=' 'env=' 'api-url=' 'token-file=' 'org=' 'parallelism=' 'retry-budget=' 'emulator=' 'format=' 'show-sensitive' 'target=+' 'version' 'h/help'
        case 'status'
            __campaignctl_parse_subcommand -r 1 'env-prefix=' 'env=' 'api-url=' 'token-file=' 'org=' 'parallelism=' 'retry-budget=' 'emulator=' 'format=' 'version' 'h/help'
        case 'export'
            __campaignctl_parse_subcommand 0 'api-url=' 'token-file=' 'org=' 'parallelism=' 'retry-budget=' 'emulator=' 'env=' 'out=' 'campaign=+' 'contacts=' 'no-contacts' 'with-defaults' 'target=+' 'version' 'h/help'
        case 'import'
            __campaignctl_parse_subcommand -r 1 'api-url=' 'token-file=' 'org=' 'parallelism=' 'retry-budget=' 'emulator=' 'env=' 'into=' 'contacts=' 'with-defaults' 'env-prefix=' 'version' 'h/help'
        case 'reconcile'
            __campaignctl_parse_subcommand -r 1 'env-prefix=' 'env=' 'api-url=' 'token-file=' 'org=' 'parallelism=' 'retry-budget=' 'emulator=' 'interval=' 'dry-run' 'metrics-host=' 'metrics-port=' 'allow-mass-delete' 'version' 'h/help'
        case 'show'
            __campaignctl_parse_subcommand 1 'format=' 'show-sensitive' 'version' 'h/help'
        case 'help'
            __campaignctl_parse_subcommand -r 1 'version'
        end
    end
end

function __campaignctl_tokens
    if test (string split -m 1 -f 1 -- . "$FISH_VERSION") -gt 3
        commandline --tokens-raw $argv
    else
        commandline -o $argv
    end
end

function __campaignctl_parse_subcommand -S -a positional_count
    argparse -s r -- $argv
    set -l option_specs $argv[2..]
    set -l is_repeating_positional $_flag_r
    set -el _flag_r
    set -a commands $unparsed_tokens[1]
    set positional_index 0
    while true
        set -e unparsed_tokens[1]
        argparse -sn "$commands" $option_specs -- $unparsed_tokens 2> /dev/null
        set unparsed_tokens $argv
        set positional_index (math $positional_index + 1)
        for non_repeating_flag_or_option in $non_repeating_flags_or_options
            if set -ql "_flag_$(string replace -a - _ -- $non_repeating_flag_or_option)"
                set non_repeating_flags_or_options_absent 1
                break
            end
        end
        test (count $unparsed_tokens) -eq 0 -o \( -z "$is_repeating_positional" -a "$positional_index" -gt "$positional_count" \) && break
    end
end

function __campaignctl_complete_directories
    set -l token (commandline -t)
    string match -- '*/' $token
    set -l subdirs $token*/
    printf %s\n $subdirs
end

function __campaignctl_custom_completion
    set -x SAP_SHELL fish
    set -x SAP_SHELL_VERSION $FISH_VERSION
    set -l tokens (__campaignctl_tokens -p)
    if test -z "$(__campaignctl_tokens -t)"
        set -l index (count (__campaignctl_tokens -pc))
        set tokens $tokens[..$index] \'\' $tokens[(math $index + 1)..]
    end
    command $tokens[1] $argv $tokens
end

complete -c 'campaignctl' -f
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl" version' -l 'version' -d 'Show the version.'
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_positional "campaignctl" -eq 1' -fa 'validate' -d 'Check manifests offline: syntax, keys, types, ranges, references, phone numbers.'
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_positional "campaignctl" -eq 1' -fa 'fmt' -d 'Rewrite manifests in one canonical layout, keeping their comments.'
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_positional "campaignctl" -eq 1' -fa 'windows' -d 'Draw each configuration\'s calling windows: a week of local hours per group of time zones.'
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_positional "campaignctl" -eq 1' -fa 'plan' -d 'Compare the manifests with the live org and show the calls that would make them match.'
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_positional "campaignctl" -eq 1' -fa 'apply' -d 'Make the org match the manifests (or execute a saved plan).'
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_positional "campaignctl" -eq 1' -fa 'drift' -d 'Report how the org departs from the manifests (read-only).'
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_positional "campaignctl" -eq 1' -fa 'status' -d 'Show each managed campaign\'s live status and stats next to what the manifests want.'
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_positional "campaignctl" -eq 1' -fa 'export' -d 'Write the live org (or some campaigns) as manifests.'
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_positional "campaignctl" -eq 1' -fa 'import' -d 'Write manifests for the named live resources into an existing repository.'
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_positional "campaignctl" -eq 1' -fa 'reconcile' -d 'Keep the org matching the manifests: plan and apply every interval (or only report drift).'
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_positional "campaignctl" -eq 1' -fa 'show' -d 'Render a plan saved by `plan --out` as `plan` showed it.'
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_positional "campaignctl" -eq 1' -fa 'help' -d 'Show subcommand help information.'
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl validate" env-prefix' -l 'env-prefix' -d 'Only environment variables with this prefix may be used as ${VAR} in manifests.' -rfka ''
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl validate" env' -l 'env' -d 'The environment: environments/NAME.yaml names its API URL, org, credential and ${VALUES}, and STEM.NAME.yaml files overlay STEM.yaml.' -rfka ''
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl validate" format' -l 'format' -d 'text (diagnostics on stderr, summary on stdout) or json (one document on stdout).' -rfka 'text json'
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl validate" strict' -l 'strict' -d 'Make a campaign\'s configuration that no manifest defines an error, unless live_configurations lists it.'
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl validate" version' -l 'version' -d 'Show the version.'
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl validate" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl fmt" env-prefix' -l 'env-prefix' -d 'Only environment variables with this prefix may be used as ${VAR} in manifests.' -rfka ''
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl fmt" env' -l 'env' -d 'The environment: environments/NAME.yaml names its API URL, org, credential and ${VALUES}, and STEM.NAME.yaml files overlay STEM.yaml.' -rfka ''
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl fmt" check' -l 'check' -d 'Write nothing; list the files that would change and exit 1 if there is any.'
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl fmt" diff' -l 'diff' -d 'Print the changes as a unified diff instead of writing them.'
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl fmt" version' -l 'version' -d 'Show the version.'
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl fmt" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl windows" env-prefix' -l 'env-prefix' -d 'Only environment variables with this prefix may be used as ${VAR} in manifests.' -rfka ''
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl windows" env' -l 'env' -d 'The environment: environments/NAME.yaml names its API URL, org, credential and ${VALUES}, and STEM.NAME.yaml files overlay STEM.yaml.' -rfka ''
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl windows" format' -l 'format' -d 'text (for a terminal) or markdown (a fenced block per configuration, for a pull request).' -rfka 'text markdown'
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl windows" version' -l 'version' -d 'Show the version.'
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl windows" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl plan" env-prefix' -l 'env-prefix' -d 'Only environment variables with this prefix may be used as ${VAR} in manifests.' -rfka ''
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl plan" env' -l 'env' -d 'The environment: environments/NAME.yaml names its API URL, org, credential and ${VALUES}, and STEM.NAME.yaml files overlay STEM.yaml.' -rfka ''
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl plan" api-url' -l 'api-url' -d 'API base URL (default: ANYREACH_API_URL, else https://api.anyreach.ai).' -rfka ''
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl plan" token-file' -l 'token-file' -d 'File holding the credential (default: the ANYREACH_TOKEN variable).' -rfka ''
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl plan" org' -l 'org' -d 'Org for pat_ tokens, sent as X-Anyreach-Org (default: ANYREACH_ORG).' -rfka ''
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl plan" parallelism' -l 'parallelism' -d 'Requests in flight at most (lowered automatically while the API rate-limits).' -rfka ''
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl plan" retry-budget' -l 'retry-budget' -d 'How long a request the API didn\'t answer (or answered 429 or 5xx) is tried again: 30s, 2m.' -rfka ''
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl plan" emulator' -l 'emulator' -d 'Use the embedded emulator, keeping its state in DB.' -rfka ''
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl plan" format' -l 'format' -d 'text, json or markdown.' -rfka 'text json markdown'
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl plan" out' -l 'out' -d 'Save the plan (with live fingerprints, for apply --plan) to this file.' -rfka ''
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl plan" show-sensitive' -l 'show-sensitive' -d 'Show phone numbers and contact data instead of masking them.'
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl plan" allow-mass-delete' -l 'allow-mass-delete' -d 'Allow a plan that deletes or closes more than the manifests\' mass-delete guard.'
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl plan" allow-contact-overlap' -l 'allow-contact-overlap' -d 'Allow a new campaign to hold many of the numbers an active campaign outside the manifests dials.'
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl plan"' -l 'target' -d 'Only this resource and what it depends on (repeatable): configuration/KEY, campaign/KEY (with its contacts), contacts/KEY, adhoc or concurrency; KEY is an external_id or a UUID, and may be a glob (campaign/spring-*).' -rfka ''
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl plan" detailed-exitcode' -l 'detailed-exitcode' -d 'Exit 2 when the plan has changes (0 when none, 1 on error).'
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl plan" version' -l 'version' -d 'Show the version.'
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl plan" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl apply" env-prefix' -l 'env-prefix' -d 'Only environment variables with this prefix may be used as ${VAR} in manifests.' -rfka ''
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl apply" env' -l 'env' -d 'The environment: environments/NAME.yaml names its API URL, org, credential and ${VALUES}, and STEM.NAME.yaml files overlay STEM.yaml.' -rfka ''
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl apply" api-url' -l 'api-url' -d 'API base URL (default: ANYREACH_API_URL, else https://api.anyreach.ai).' -rfka ''
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl apply" token-file' -l 'token-file' -d 'File holding the credential (default: the ANYREACH_TOKEN variable).' -rfka ''
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl apply" org' -l 'org' -d 'Org for pat_ tokens, sent as X-Anyreach-Org (default: ANYREACH_ORG).' -rfka ''
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl apply" parallelism' -l 'parallelism' -d 'Requests in flight at most (lowered automatically while the API rate-limits).' -rfka ''
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl apply" retry-budget' -l 'retry-budget' -d 'How long a request the API didn\'t answer (or answered 429 or 5xx) is tried again: 30s, 2m.' -rfka ''
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl apply" emulator' -l 'emulator' -d 'Use the embedded emulator, keeping its state in DB.' -rfka ''
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl apply" format' -l 'format' -d 'text, json or markdown.' -rfka 'text json markdown'
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl apply" out' -l 'out' -d 'Save the plan (with live fingerprints, for apply --plan) to this file.' -rfka ''
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl apply" show-sensitive' -l 'show-sensitive' -d 'Show phone numbers and contact data instead of masking them.'
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl apply" allow-mass-delete' -l 'allow-mass-delete' -d 'Allow a plan that deletes or closes more than the manifests\' mass-delete guard.'
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl apply" allow-contact-overlap' -l 'allow-contact-overlap' -d 'Allow a new campaign to hold many of the numbers an active campaign outside the manifests dials.'
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl apply"' -l 'target' -d 'Only this resource and what it depends on (repeatable): configuration/KEY, campaign/KEY (with its contacts), contacts/KEY, adhoc or concurrency; KEY is an external_id or a UUID, and may be a glob (campaign/spring-*).' -rfka ''
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl apply" plan' -l 'plan' -d 'Execute this saved plan instead of planning now.' -rfka ''
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl apply" auto-approve' -l 'auto-approve' -d 'Apply without asking (for CI).'
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl apply" on-stale' -l 'on-stale' -d 'With --plan: what to do with objects that changed live since planning (refuse or skip).' -rfka 'refuse skip'
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl apply" fail-fast' -l 'fail-fast' -d 'Stop starting new operations after the first failure.'
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl apply" report' -l 'report' -d 'Write the run\'s report as JSON to this file.' -rfka ''
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl apply" allow-changed-manifests' -l 'allow-changed-manifests' -d 'With --plan and paths: apply the saved plan even if the manifests differ from those it was made from.'
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl apply" version' -l 'version' -d 'Show the version.'
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl apply" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl drift" env-prefix' -l 'env-prefix' -d 'Only environment variables with this prefix may be used as ${VAR} in manifests.' -rfka ''
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl drift" env' -l 'env' -d 'The environment: environments/NAME.yaml names its API URL, org, credential and ${VALUES}, and STEM.NAME.yaml files overlay STEM.yaml.' -rfka ''
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl drift" api-url' -l 'api-url' -d 'API base URL (default: ANYREACH_API_URL, else https://api.anyreach.ai).' -rfka ''
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl drift" token-file' -l 'token-file' -d 'File holding the credential (default: the ANYREACH_TOKEN variable).' -rfka ''
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl drift" org' -l 'org' -d 'Org for pat_ tokens, sent as X-Anyreach-Org (default: ANYREACH_ORG).' -rfka ''
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl drift" parallelism' -l 'parallelism' -d 'Requests in flight at most (lowered automatically while the API rate-limits).' -rfka ''
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl drift" retry-budget' -l 'retry-budget' -d 'How long a request the API didn\'t answer (or answered 429 or 5xx) is tried again: 30s, 2m.' -rfka ''
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl drift" emulator' -l 'emulator' -d 'Use the embedded emulator, keeping its state in DB.' -rfka ''
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl drift" format' -l 'format' -d 'text, json or markdown.' -rfka 'text json markdown'
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl drift" show-sensitive' -l 'show-sensitive' -d 'Show phone numbers and contact data instead of masking them.'
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl drift"' -l 'target' -d 'Only this resource and what it depends on (repeatable): configuration/KEY, campaign/KEY (with its contacts), contacts/KEY, adhoc or concurrency; KEY is an external_id or a UUID, and may be a glob (campaign/spring-*).' -rfka ''
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl drift" version' -l 'version' -d 'Show the version.'
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl drift" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl status" env-prefix' -l 'env-prefix' -d 'Only environment variables with this prefix may be used as ${VAR} in manifests.' -rfka ''
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl status" env' -l 'env' -d 'The environment: environments/NAME.yaml names its API URL, org, credential and ${VALUES}, and STEM.NAME.yaml files overlay STEM.yaml.' -rfka ''
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl status" api-url' -l 'api-url' -d 'API base URL (default: ANYREACH_API_URL, else https://api.anyreach.ai).' -rfka ''
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl status" token-file' -l 'token-file' -d 'File holding the credential (default: the ANYREACH_TOKEN variable).' -rfka ''
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl status" org' -l 'org' -d 'Org for pat_ tokens, sent as X-Anyreach-Org (default: ANYREACH_ORG).' -rfka ''
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl status" parallelism' -l 'parallelism' -d 'Requests in flight at most (lowered automatically while the API rate-limits).' -rfka ''
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl status" retry-budget' -l 'retry-budget' -d 'How long a request the API didn\'t answer (or answered 429 or 5xx) is tried again: 30s, 2m.' -rfka ''
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl status" emulator' -l 'emulator' -d 'Use the embedded emulator, keeping its state in DB.' -rfka ''
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl status" format' -l 'format' -d 'text or json.' -rfka 'text json'
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl status" version' -l 'version' -d 'Show the version.'
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl status" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl export" api-url' -l 'api-url' -d 'API base URL (default: ANYREACH_API_URL, else https://api.anyreach.ai).' -rfka ''
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl export" token-file' -l 'token-file' -d 'File holding the credential (default: the ANYREACH_TOKEN variable).' -rfka ''
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl export" org' -l 'org' -d 'Org for pat_ tokens, sent as X-Anyreach-Org (default: ANYREACH_ORG).' -rfka ''
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl export" parallelism' -l 'parallelism' -d 'Requests in flight at most (lowered automatically while the API rate-limits).' -rfka ''
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl export" retry-budget' -l 'retry-budget' -d 'How long a request the API didn\'t answer (or answered 429 or 5xx) is tried again: 30s, 2m.' -rfka ''
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl export" emulator' -l 'emulator' -d 'Use the embedded emulator, keeping its state in DB.' -rfka ''
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl export" env' -l 'env' -d 'The environment: environments/NAME.yaml names its API URL, org, credential and ${VALUES}, and STEM.NAME.yaml files overlay STEM.yaml.' -rfka ''
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl export" out' -l 'out' -d 'Directory to write the manifests into.' -rfka ''
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl export"' -l 'campaign' -d 'Only this campaign (external_id or UUID; repeatable). Configurations and org settings are always written.' -rfka ''
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl export" contacts' -l 'contacts' -d 'Contacts as csv or yaml files.' -rfka 'csv yaml'
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl export" no-contacts' -l 'no-contacts' -d 'Write no contacts at all.'
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl export" with-defaults' -l 'with-defaults' -d 'Write fields equal to the API\'s defaults too.'
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl export"' -l 'target' -d 'Only this resource and what it depends on (repeatable): configuration/KEY, campaign/KEY (with its contacts), contacts/KEY, adhoc or concurrency; KEY is an external_id or a UUID, and may be a glob (campaign/spring-*).' -rfka ''
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl export" version' -l 'version' -d 'Show the version.'
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl export" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl import" api-url' -l 'api-url' -d 'API base URL (default: ANYREACH_API_URL, else https://api.anyreach.ai).' -rfka ''
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl import" token-file' -l 'token-file' -d 'File holding the credential (default: the ANYREACH_TOKEN variable).' -rfka ''
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl import" org' -l 'org' -d 'Org for pat_ tokens, sent as X-Anyreach-Org (default: ANYREACH_ORG).' -rfka ''
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl import" parallelism' -l 'parallelism' -d 'Requests in flight at most (lowered automatically while the API rate-limits).' -rfka ''
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl import" retry-budget' -l 'retry-budget' -d 'How long a request the API didn\'t answer (or answered 429 or 5xx) is tried again: 30s, 2m.' -rfka ''
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl import" emulator' -l 'emulator' -d 'Use the embedded emulator, keeping its state in DB.' -rfka ''
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl import" env' -l 'env' -d 'The environment: environments/NAME.yaml names its API URL, org, credential and ${VALUES}, and STEM.NAME.yaml files overlay STEM.yaml.' -rfka ''
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl import" into' -l 'into' -d 'The repository to add the manifests to.' -rfka ''
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl import" contacts' -l 'contacts' -d 'Contacts as csv or yaml files.' -rfka 'csv yaml'
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl import" with-defaults' -l 'with-defaults' -d 'Write fields equal to the API\'s defaults too.'
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl import" env-prefix' -l 'env-prefix' -d 'Only environment variables with this prefix may be used as ${VAR} in the repository\'s manifests.' -rfka ''
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl import" version' -l 'version' -d 'Show the version.'
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl import" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl reconcile" env-prefix' -l 'env-prefix' -d 'Only environment variables with this prefix may be used as ${VAR} in manifests.' -rfka ''
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl reconcile" env' -l 'env' -d 'The environment: environments/NAME.yaml names its API URL, org, credential and ${VALUES}, and STEM.NAME.yaml files overlay STEM.yaml.' -rfka ''
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl reconcile" api-url' -l 'api-url' -d 'API base URL (default: ANYREACH_API_URL, else https://api.anyreach.ai).' -rfka ''
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl reconcile" token-file' -l 'token-file' -d 'File holding the credential (default: the ANYREACH_TOKEN variable).' -rfka ''
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl reconcile" org' -l 'org' -d 'Org for pat_ tokens, sent as X-Anyreach-Org (default: ANYREACH_ORG).' -rfka ''
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl reconcile" parallelism' -l 'parallelism' -d 'Requests in flight at most (lowered automatically while the API rate-limits).' -rfka ''
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl reconcile" retry-budget' -l 'retry-budget' -d 'How long a request the API didn\'t answer (or answered 429 or 5xx) is tried again: 30s, 2m.' -rfka ''
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl reconcile" emulator' -l 'emulator' -d 'Use the embedded emulator, keeping its state in DB.' -rfka ''
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl reconcile" interval' -l 'interval' -d 'Time between runs: 30s, 5m, 1h.' -rfka ''
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl reconcile" dry-run' -l 'dry-run' -d 'Only report drift; never change the org.'
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl reconcile" metrics-host' -l 'metrics-host' -d 'Address for /metrics and /healthz.' -rfka ''
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl reconcile" metrics-port' -l 'metrics-port' -d 'Port for /metrics and /healthz (0 picks one and prints it).' -rfka ''
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl reconcile" allow-mass-delete' -l 'allow-mass-delete' -d 'Allow runs whose plan deletes more than the mass-delete guard.'
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl reconcile" version' -l 'version' -d 'Show the version.'
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl reconcile" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl show" format' -l 'format' -d 'text, json or markdown.' -rfka 'text json markdown'
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl show" show-sensitive' -l 'show-sensitive' -d 'Show phone numbers and contact data instead of masking them.'
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl show" version' -l 'version' -d 'Show the version.'
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl show" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'campaignctl' -n '__campaignctl_should_offer_completions_for_flags_or_options "campaignctl help" version' -l 'version' -d 'Show the version.'
