public import AnyreachAPI
import AnyreachClient
public import CampaignManifest

/// `campaignctl import`: the manifests of some live resources, to add to a repository that
/// manages others. A resource the repository already manages is refused (importing it twice
/// would make two manifests fight over it); a configuration an imported campaign needs is
/// written only when the repository has none of that key, and the campaign names the
/// repository's key for it. Which files already exist is the caller's to check.
public struct ManifestImport: Sendable {
    public let repository: DesiredState
    public let snapshot: OrgSnapshot
    public let targets: [ResourceTarget]
    public let options: ExportOptions

    public init(repository: DesiredState, snapshot: OrgSnapshot, targets: [ResourceTarget], options: ExportOptions) {
        self.repository = repository
        self.snapshot = snapshot
        self.targets = targets
        self.options = options
    }

    /// The files to add, or why the import can't be made.
    public func files() throws(DiagnosticList) -> [ExportedFile] {
        let unknown = UnknownTargets.diagnostics(targets, desired: nil, live: snapshot, doing: "nothing was imported")
        guard unknown.isEmpty else { throw DiagnosticList(unknown) }
        var options = options
        let selected = ExportSelection(targets: targets).apply(to: keyedAsInRepository(snapshot), options: &options)
        let managed = alreadyManaged(selected, options)
        guard managed.isEmpty else { throw DiagnosticList(managed) }
        let present = Set(repository.configurations.map(\.externalID)).union(repository.liveConfigurations)
        let skipped = Set(
            selected.configurations.filter { $0.externalId.map(present.contains) ?? false }.map {
                "configurations/" + ExportKeys(selected).configurationFiles[$0.id]! + ".yaml"
            })
        var files = ManifestExporter(snapshot: selected, options: options).files().filter {
            !skipped.contains($0.path)
        }
        // The repository's own org.yaml is not touched: what it lacks goes in a file of its own.
        if repository.files.contains(where: { $0.hasSuffix("/org.yaml") || $0 == "org.yaml" }) {
            files = files.map {
                $0.path == "org.yaml" ? ExportedFile(path: "imported-org.yaml", contents: $0.contents) : $0
            }
        }
        return files
    }

    /// Configurations the repository adopted by id (no external_id live yet) go by its key.
    private func keyedAsInRepository(_ snapshot: OrgSnapshot) -> OrgSnapshot {
        var keyed = snapshot
        let adopted = Dictionary(
            repository.configurations.compactMap { spec in spec.adoptID.map { ($0.lowercased(), spec.externalID) } }
        ) { first, _ in first }
        for index in keyed.configurations.indices where keyed.configurations[index].externalId == nil {
            keyed.configurations[index].externalId = adopted[keyed.configurations[index].id.lowercased()]
        }
        return keyed
    }

    /// Targets the repository manages already, each located where it does.
    private func alreadyManaged(_ selected: OrgSnapshot, _ options: ExportOptions) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        let names = repository.campaignNames
        for campaign in selected.campaigns where names.names(campaign) {
            let spec = repository.campaigns.first { [campaign.externalId, campaign.id].contains($0.externalID) }
            problems.append(managed("campaign \(Snippet(campaign.externalId ?? campaign.id))", at: spec?.location))
        }
        for configuration in selected.configurations where isTargeted(configuration) {
            guard let spec = repository.configurations.first(where: { $0.externalID == configuration.externalId })
            else { continue }
            problems.append(managed("configuration \(Snippet(spec.externalID))", at: spec.location))
        }
        if options.adHocContacts, let adHoc = repository.adHocContacts {
            problems.append(managed("the ad-hoc contacts", at: adHoc.location))
        }
        if options.concurrency, let concurrency = repository.concurrency {
            problems.append(managed("the concurrency limit", at: concurrency.location))
        }
        return problems
    }

    private func isTargeted(_ configuration: Configuration) -> Bool {
        targets.selectConfiguration(named: configuration.names)
    }

    private func managed(_ what: String, at location: SourceLocation?) -> Diagnostic {
        .error(
            .alreadyManaged, at: location, "\(what) is in the manifests already; nothing was imported",
            hint: "campaignctl plan shows how the org differs from it; import only what no manifest names")
    }
}
