import ArgumentParser
import CampaignManifest
import Foundation

/// `campaignctl fmt`: the manifests in one canonical layout, comments kept, meaning unchanged.
struct FmtCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fmt",
        abstract: "Rewrite manifests in one canonical layout, keeping their comments.",
        discussion: """
            Rewrites the YAML files validate would read (manifests and contacts files; CSV files are never touched) in one layout, so that reviews show content, not style: keys in the order docs/manifest.md lists them (external_ids and the keys of data and agent_config keep the order written), two spaces a level with lists indented under their key, at most one blank line in a row, and quotes only where YAML needs them. A string is plain where every YAML reader reads it back as the same string and double-quoted otherwise, as export writes it: start: 10:00 becomes start: "10:00" (YAML 1.1 reads 10:00 as 600). Quotes change only where the loader reads the value the same either way: never on integers and booleans, never on a value with ${VAR}, and in data and agent_config only where the plain text is the same string.

            Comments are kept: a comment line travels with the key below it, a comment after a value stays after it, comments at the end of a mapping stay at its end, and those above the first key stay at the top of the file. A flow collection ([mon, tue], {column: amount, type: number}) stays on one line when it fits in 120 columns and becomes a block otherwise; one holding a comment, a value written over several lines and block scalars (|, >) are kept as written, moved with their key. Files with anchors, aliases, merge keys (<<) or tags are left as written, with a warning.

            Nothing is written unless it checks out: each file's new text must read as YAML to the same values, keep every comment and come back unchanged from a second fmt, and the manifests as formatted must load to the same desired state as before (plan then plans the same; only the lines it points at may move). A file that fails is left as written, with an error. A file with a YAML error is reported as validate reports it and left as it is.

            --check writes nothing, lists the files that would change and exits 1 if there is any (for CI). --diff prints the changes as a unified diff (patch -p0 applies it) and writes nothing; with --check too, CI logs show what to change. Without either, each changed file is rewritten in place, atomically and keeping its permissions, and listed.

            Exit status: 0 when nothing is left to change, 1 when --check finds files to change or anything failed.

            Example:
              campaignctl fmt
              campaignctl fmt --check --diff manifests/
            """)

    @OptionGroup var manifests: ManifestOptions

    @Flag(help: "Write nothing; list the files that would change and exit 1 if there is any.")
    var check = false

    @Flag(help: "Print the changes as a unified diff instead of writing them.")
    var diff = false

    func run() throws {
        let run = try manifests.loader.format(paths: manifests.paths)
        Console.report(run.diagnostics)
        let changed = run.changed
        var written = true
        if diff {
            for file in changed {
                print(UnifiedDiff.of(file.original, file.formatted ?? file.original, path: file.path), terminator: "")
            }
        } else if check {
            for file in changed { print(file.path) }
        } else {
            written = write(changed)
        }
        if check && !changed.isEmpty {
            Console.status("\(changed.count) file\(changed.count == 1 ? "" : "s") not formatted; run campaignctl fmt")
        }
        if !run.errors.isEmpty || !written || (check && !changed.isEmpty) { throw ExitCode(1) }
    }

    /// Writes each formatted file over itself (its real path, with its permissions) and lists it
    /// once written; false when one couldn't be (reported).
    private func write(_ files: [FormattedFile]) -> Bool {
        var failures: [Diagnostic] = []
        for file in files {
            let mode = PrivateFile.permissions(of: file.realPath) ?? PrivateFile.fileMode
            do {
                try PrivateFile.write(Data((file.formatted ?? file.original).utf8), to: file.realPath, mode: mode)
                print(file.path)
            } catch {
                failures += error.diagnostics
            }
        }
        Console.report(failures)
        return failures.isEmpty
    }
}
