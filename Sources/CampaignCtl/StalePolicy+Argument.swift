// Public: `StalePolicy` is a public type of the library, so its conformance is public too.
import AnyreachModel
public import ArgumentParser
import CampaignSync

/// `--on-stale refuse|skip`, its values listed in the help.
extension StalePolicy: ExpressibleByArgument {}
