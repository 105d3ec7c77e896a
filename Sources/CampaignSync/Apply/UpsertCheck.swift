import AnyreachAPI
import AnyreachModel

/// Checks an upsert's answer item by item: every `failed` entry and every warning is reported
/// against the contact's external_id and manifest line, and `contact_ids` must match the items.
struct UpsertCheck {
    let operation: PlanOperation
    let response: Components.Schemas.ContactUpsertResponse

    func notes() -> [ApplyReport.ContactNote] {
        var notes = response.failed.map { failure in
            note(at: failure.index, failure.detail, isFailure: true, fallbackID: failure.externalId)
        }
        notes += response.warnings.map { warning in
            note(at: warning.index, warning.detail, isFailure: false, fallbackID: nil)
        }
        if response.contactIds.count != operation.contacts.count {
            notes.append(
                ApplyReport.ContactNote(
                    campaign: operation.key, externalID: nil,
                    message:
                        "the API answered \(response.contactIds.count) contact ids for \(operation.contacts.count) items",
                    source: operation.source, isFailure: true))
        }
        return notes
    }

    private func note(at index: Int, _ message: String, isFailure: Bool, fallbackID: String?) -> ApplyReport.ContactNote
    {
        let change = operation.contacts.indices.contains(index) ? operation.contacts[index] : nil
        return ApplyReport.ContactNote(
            campaign: operation.key, externalID: change?.externalID ?? fallbackID, message: message,
            source: change?.source ?? operation.source, isFailure: isFailure)
    }
}
