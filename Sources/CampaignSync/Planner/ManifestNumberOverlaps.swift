import AnyreachModel
public import CampaignManifest

/// The numbers two active campaigns of the manifests both hold, counted per pair of campaigns.
/// A function of the manifests alone: a plan works it out while it reads the org
/// (`OpenConnection.plan`), where it was the last thing done after the read (a tenth of a
/// second per million numbers, the whole of the planner's own time).
public struct ManifestNumberOverlaps: Sendable {
    struct Pair: Sendable {
        var first: String
        var second: String
        var count: Int
        /// The second campaign's place in the manifests, where the warning points.
        var location: SourceLocation
    }

    /// In the order of the campaigns in the manifests.
    let pairs: [Pair]

    public init(_ desired: DesiredState) {
        let active = desired.campaigns.filter { $0.status == .active }
        var owner = NumberOwners(capacity: active.reduce(0) { $0 + $1.contacts.count })
        var counts: [PairKey: Int] = [:]
        for (index, campaign) in active.enumerated() {
            // By index: a lazy `flatMap` over the contacts copied each one out, retaining all it
            // holds, for every contact of the manifests.
            let contacts = campaign.contacts
            for place in contacts.indices {
                for number in contacts[place].state.phoneNumbers {
                    if let first = owner.claim(number, for: index), first != index {
                        counts[PairKey(first: first, second: index), default: 0] += 1
                    }
                }
            }
        }
        pairs = counts.sorted { ($0.key.first, $0.key.second) < ($1.key.first, $1.key.second) }.map { key, count in
            Pair(
                first: active[key.first].externalID, second: active[key.second].externalID, count: count,
                location: active[key.second].location)
        }
    }

    private struct PairKey: Hashable {
        var first: Int
        var second: Int
    }

    /// The first campaign to hold each number. E.164 numbers are keyed by their digits as an
    /// integer: the manifests may hold millions, and hashing an integer is cheaper than text.
    private struct NumberOwners {
        private var byDigits: [UInt64: Int] = [:]
        private var byText: [String: Int] = [:]

        /// Room for about `capacity` numbers (a contact has one, mostly), so the table isn't
        /// rebuilt as it grows.
        init(capacity: Int) {
            byDigits.reserveCapacity(capacity)
        }

        /// Records `index` as the number's owner unless it has one; returns the owner it had.
        /// One hash of the number when it is new, as nearly all are; a repeat puts its owner back.
        mutating func claim(_ number: String, for index: Int) -> Int? {
            if let digits = SuppressionList.key(ofE164: number) {
                guard let first = byDigits.updateValue(index, forKey: digits) else { return nil }
                byDigits[digits] = first
                return first
            }
            guard let first = byText.updateValue(index, forKey: number) else { return nil }
            byText[number] = first
            return first
        }
    }
}
