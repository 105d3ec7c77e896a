/// What a load of the manifests means, wherever its lines are: the desired state with every
/// location reduced to its file, and the diagnostics with their lines and columns left out.
/// `fmt` may move lines, never change this: it is what `plan` plans from (a plan's operations
/// point at lines, which are the only thing that may differ).
struct ManifestMeaning: Equatable {
    private var state: DesiredState?
    private var diagnostics: [String]

    init(_ result: ManifestLoadResult) {
        state = result.state?.unlocated
        diagnostics = result.diagnostics.map(Self.unlocated).sorted()
    }

    /// A diagnostic as text without its positions, in the message too (`first at a.yaml:3:5`).
    private static func unlocated(_ diagnostic: Diagnostic) -> String {
        let message = diagnostic.message.replacing(/:\d+:\d+/, with: ":_:_")
        let files = [diagnostic.location?.file, diagnostic.related?.file].map { $0 ?? "-" }.joined(separator: " ")
        return "\(diagnostic.severity) \(diagnostic.kind) \(files) \(message) \(diagnostic.hint ?? "")"
    }
}

extension SourceLocation {
    /// The file alone: where in it may change.
    var unlocated: SourceLocation { SourceLocation(file: file, line: 0, column: 0) }
}

extension DesiredState {
    /// The same state with every location reduced to its file, and no digest of the bytes.
    var unlocated: DesiredState {
        var state = self
        state.digest = nil
        for index in state.configurations.indices {
            state.configurations[index].location = state.configurations[index].location.unlocated
            state.configurations[index].windowLocations =
                state.configurations[index].windowLocations.mapValues(\.unlocated)
        }
        for index in state.campaigns.indices {
            state.campaigns[index].location = state.campaigns[index].location.unlocated
            state.campaigns[index].fieldLocations = state.campaigns[index].fieldLocations.mapValues(\.unlocated)
            state.campaigns[index].contacts = state.campaigns[index].contacts.map(\.unlocated)
            state.campaigns[index].suppressed.withheld = state.campaigns[index].suppressed.withheld.map(\.unlocated)
        }
        if var adHoc = adHocContacts {
            adHoc.location = adHoc.location.unlocated
            adHoc.contacts = adHoc.contacts.map(\.unlocated)
            adHoc.suppressed.withheld = adHoc.suppressed.withheld.map(\.unlocated)
            state.adHocContacts = adHoc
        }
        state.concurrency = concurrency.map { ConcurrencySpec(limit: $0.limit, location: $0.location.unlocated) }
        state.policy.location = state.policy.location?.unlocated
        if let hours = state.policy.callingHours { state.policy.callingHours?.location = hours.location.unlocated }
        state.policy.suppression = state.policy.suppression.unlocated
        return state
    }
}

extension SuppressionList {
    var unlocated: SuppressionList {
        var list = self
        list.relocate { $0.unlocated }
        return list
    }
}

extension ContactSpec {
    var unlocated: ContactSpec {
        var contact = self
        contact.location = location.unlocated
        contact.fieldLocations = fieldLocations.mapValues(\.unlocated)
        return contact
    }
}
