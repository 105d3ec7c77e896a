public import CampaignManifest

extension DesiredState {
    /// The same state with every prune switched on, so that a plan lists each live resource the
    /// manifests don't name, one by one: how drift sees the org. Never used to apply.
    public var pruningEverything: DesiredState {
        var copy = self
        copy.policy.pruneConfigurations = true
        copy.policy.pruneCampaigns = true
        copy.policy.pruneContacts = true
        for index in copy.campaigns.indices { copy.campaigns[index].pruneContacts = true }
        copy.adHocContacts?.prune = true
        return copy
    }
}
