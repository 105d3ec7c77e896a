import ArgumentParser
import CampaignManifest
import CampaignSync
import Foundation

/// `campaignctl import KIND/KEY... --into DIR`: manifests for some live resources, added to a
/// repository without touching its files.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Write manifests for the named live resources into an existing repository.",
        discussion: """
            Each KIND/KEY is written as export writes it (configuration/KEY, campaign/KEY with its contacts, contacts/KEY, adhoc, concurrency; globs allowed), together with the configuration an imported campaign needs unless the repository has it. Only new files are written: nothing in DIR is changed, and the import is refused, writing nothing, when a file it needs exists or when the repository already manages a resource named (a second manifest would fight the first). The repository's org.yaml is left alone: org settings go to imported-org.yaml. The next plan shows nothing for what was imported, except an external_id to give a resource that has none live (as after export). Exit 0, or 1 with nothing written.

            Example:
              campaignctl import campaign/winter-survey --into manifests/
              campaignctl import 'campaign/spring-*' concurrency --into examples/ --emulator
            """)

    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var environment: EnvironmentOption

    @Argument(
        help: ArgumentHelp(
            "What to import: configuration/KEY, campaign/KEY, contacts/KEY, adhoc or concurrency.",
            valueName: "kind/key"),
        transform: TargetOptions.parse)
    var targets: [ResourceTarget]

    @Option(help: ArgumentHelp("The repository to add the manifests to.", valueName: "dir"))
    var into: String

    @Option(help: "Contacts as csv or yaml files.")
    var contacts: ContactFileFormat = .csv

    @Flag(help: "Write fields equal to the API's defaults too.")
    var withDefaults = false

    @Option(help: "Only environment variables with this prefix may be used as ${VAR} in the repository's manifests.")
    var envPrefix = "CAMPAIGNCTL_"

    func run() async throws {
        let repository = try loadRepository()
        let selection = ExportSelection(targets: targets)
        let snapshot = try await connection.provider(for: environment.definition(paths: [into])).withConnection {
            connection in
            try await connection.client.readWholeOrg(including: selection.includes)
        }
        let options = ExportOptions(contacts: contacts.format, withDefaults: withDefaults)
        let files = try ManifestImport(repository: repository, snapshot: snapshot, targets: targets, options: options)
            .files()
        try refuseExisting(files)
        try ExportCommand.write(files, into: into)
        for file in files { print("added \(file.path)") }
        print("imported \(Snippet.list(targets.map(\.description))) into \(into): \(files.count) new file(s)")
    }

    /// The repository as it stands; one that doesn't load takes nothing in.
    private func loadRepository() throws -> DesiredState {
        let loader = ManifestLoader(
            interpolator: Interpolator(prefix: envPrefix, environment: ProcessInfo.processInfo.environment))
        let result = loader.load(paths: [into])
        Console.report(result.diagnostics)
        guard let state = result.state else {
            throw Diagnostic.error(
                .noPlan,
                "the repository at \(Snippet.path(into)) has \(result.errors.count) error(s); nothing was imported")
        }
        return state
    }

    private func refuseExisting(_ files: [ExportedFile]) throws {
        let existing = files.map(\.path).filter {
            FileManager.default.fileExists(atPath: URL(fileURLWithPath: into).appendingPathComponent($0).path)
        }
        guard !existing.isEmpty else { return }
        throw Diagnostic.error(
            .fileAccess, "\(Snippet.list(existing)) exist(s) in \(Snippet.path(into)) already; nothing was imported",
            hint: "import leaves the repository's files alone: rename or move them, or import into another directory")
    }
}
