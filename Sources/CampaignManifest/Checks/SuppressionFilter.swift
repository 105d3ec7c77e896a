import AnyreachModel

/// Takes suppressed numbers out of a campaign's contacts, once their numbers are E.164: a
/// contact left with none is withheld (not uploaded), one left with some keeps those.
struct SuppressionFilter {
    let list: SuppressionList

    func apply(to contacts: inout [ContactSpec]) -> SuppressedContacts {
        var suppressed = SuppressedContacts()
        guard !list.isEmpty else { return suppressed }
        var kept = 0
        for index in contacts.indices {
            let numbers = contacts[index].state.phoneNumbers
            let callable = numbers.filter { !list.contains(e164: $0) }
            if callable.isEmpty, !numbers.isEmpty {
                suppressed.withheld.append(contacts[index])
                continue
            }
            if callable.count < numbers.count {
                suppressed.trimmedContacts += 1
                suppressed.removedNumbers += numbers.count - callable.count
                contacts[index].state.phoneNumbers = callable
            }
            // Compacting in place: no second array of a million contacts.
            if kept != index { contacts.swapAt(kept, index) }
            kept += 1
        }
        contacts.removeSubrange(kept...)
        return suppressed
    }
}
