import AnyreachAPI
import AnyreachClient
import AnyreachModel
import ArgumentParser
import CampaignManifest
import CampaignSync
import Foundation

/// `campaignctl export`: the live org as manifests, to adopt an existing org.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the live org (or some campaigns) as manifests.",
        discussion: """
            Files: configurations/<key>.yaml, campaigns/<key>.yaml, contacts/<key>.csv (or .yaml), org.yaml. Output is stable: exporting an unchanged org twice gives identical bytes, and planning with the export gives an empty plan. Resources without an external_id get a key suggested from their name and an `id:` line; plan then proposes to set that key as their external_id. Server defaults are left out unless --with-defaults. The YAML is block style, as people write it: a string is quoted only when YAML would read it as something else (a number, a time, a date, yes or no) or it holds characters YAML treats specially, and a `${` in a live value is written `$${` so it is not interpolated.

            Example:
              campaignctl export --emulator --out exported/
              campaignctl export --out manifests/ --campaign spring-renewals --contacts yaml
            """)

    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var environment: EnvironmentOption

    @Option(help: ArgumentHelp("Directory to write the manifests into.", valueName: "dir"))
    var out: String

    @Option(
        help: ArgumentHelp(
            "Only this campaign (external_id or UUID; repeatable). Configurations and org settings are always written.",
            valueName: "campaign"))
    var campaign: [String] = []

    @Option(help: "Contacts as csv or yaml files.")
    var contacts: ContactFileFormat = .csv

    @Flag(help: "Write no contacts at all.")
    var noContacts = false

    @Flag(help: "Write fields equal to the API's defaults too.")
    var withDefaults = false

    @OptionGroup var target: TargetOptions

    func validate() throws {
        if !campaign.isEmpty, !target.targets.isEmpty {
            throw ValidationError("--campaign and --target both choose what to export: use --target campaign/KEY")
        }
    }

    func run() async throws {
        let wanted = Set(campaign)
        let selection = ExportSelection(targets: target.targets)
        let snapshot = try await connection.provider(for: environment.definition(paths: ["."])).withConnection {
            connection in
            try await connection.client.readWholeOrg { live in
                if !selection.targets.isEmpty { return selection.includes(live) }
                return wanted.isEmpty || wanted.contains(live.id) || (live.externalId.map(wanted.contains) ?? false)
            }
        }
        try Self.requireFound(wanted, in: snapshot.campaigns)
        var options = ExportOptions(contacts: noContacts ? .none : contacts.format, withDefaults: withDefaults)
        var exported = snapshot
        if !campaign.isEmpty { exported.campaigns = snapshot.campaigns.filter { snapshot.contacts[$0.id] != nil } }
        if !selection.targets.isEmpty {
            let unknown = UnknownTargets.diagnostics(
                selection.targets, desired: nil, live: snapshot, doing: "nothing was exported")
            guard unknown.isEmpty else { throw DiagnosticList(unknown) }
            exported = selection.apply(to: snapshot, options: &options)
        }
        let files = ManifestExporter(snapshot: exported, options: options).files()
        try Self.write(files, into: out)
        print(
            "exported \(files.count) file(s) to \(out): \(exported.configurations.count) configurations, \(exported.campaigns.count) campaigns"
        )
    }

    /// Each `--campaign` must name a live campaign: an export of nothing is a typo, not a success.
    static func requireFound(_ wanted: Set<String>, in campaigns: [Campaign]) throws {
        let known = campaigns.flatMap { [$0.id, $0.externalId].compactMap { $0 } }
        let missing = wanted.filter { name in !known.contains(name) }.sorted()
        guard let first = missing.first else { return }
        let keys = campaigns.compactMap(\.externalId)
        let suggestion = DidYouMean.suggestion(for: first, among: keys).map { "did you mean \(Snippet($0))? " } ?? ""
        throw Diagnostic.error(
            .unknownResource,
            "no live campaign has the external_id or UUID \(Snippet.list(missing)); nothing was exported",
            hint: suggestion + "campaignctl status lists the live campaigns")
    }

    /// Writes each file under `directory`, owner-only: exports hold phone numbers, like saved plans.
    static func write(_ files: [ExportedFile], into directory: String) throws {
        for file in files {
            let path = URL(fileURLWithPath: directory).appendingPathComponent(file.path).path
            try PrivateFile.createDirectories((path as NSString).deletingLastPathComponent)
            try PrivateFile.write(Data(file.contents.utf8), to: path)
        }
    }
}

enum ContactFileFormat: String, ExpressibleByArgument, CaseIterable {
    case csv, yaml

    var format: ExportOptions.ContactsFormat { self == .csv ? .csv : .yaml }
}
