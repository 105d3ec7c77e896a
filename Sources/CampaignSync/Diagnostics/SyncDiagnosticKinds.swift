public import CampaignManifest

// The planner's kinds.
extension Diagnostic.Kind {
    /// More deletes than the manifests' guard allows (an error), or allowed by the flag (a warning).
    public static let massDelete = Self(rawValue: "mass_delete")
    /// A campaign closed live that the manifests want changed, started or given contacts.
    public static let closedCampaign = Self(rawValue: "closed_campaign")
    /// A campaign names a configuration that is neither in the manifests nor live.
    public static let missingConfiguration = Self(rawValue: "missing_configuration")
    /// Phone numbers that can't be read with a live configuration's country code.
    public static let countryCode = Self(rawValue: "country_code")
    /// A configuration left out of the manifests but still used live, so not deleted.
    public static let configurationInUse = Self(rawValue: "configuration_in_use")
    /// Contacts to delete that are mid-call, so their deletes wait for a later run.
    public static let deferredDelete = Self(rawValue: "deferred_delete")
    /// A warning read from a plan file saved before warnings had kinds.
    public static let planWarning = Self(rawValue: "plan_warning")
    /// A renamed campaign live under both its key and a previous one.
    public static let renameLeftover = Self(rawValue: "rename_leftover")
    /// Live contacts the read matched against contents other than those the plan compares (a
    /// safeguard; the planner never asks for it).
    public static let contactRead = Self(rawValue: "contact_read")
    /// A new campaign whose people an active campaign outside the manifests dials too, or one
    /// number in two active campaigns of the manifests.
    public static let contactOverlap = Self(rawValue: "contact_overlap")
    /// Pruning asked for from paths that leave out part of the repository.
    public static let partialRepository = Self(rawValue: "partial_repository")
    /// No plan was made (each reason is a diagnostic of its own).
    public static let noPlan = Self(rawValue: "no_plan")
}

// Saved plans and apply.
extension Diagnostic.Kind {
    /// An object a saved plan touches changed live since the plan was made.
    public static let stale = Self(rawValue: "stale")
    /// A saved plan that can't be used as it is (its kind says why).
    public static let savedPlan = Self(rawValue: "saved_plan")
    /// The manifests given next to a saved plan are not the bytes it was made from (or it
    /// records no digest of them): refused, or a warning with `--allow-changed-manifests`.
    public static let manifestsChanged = Self(rawValue: "manifests_changed")
    /// An operation the API refused or that got no answer.
    public static let operationFailed = Self(rawValue: "operation_failed")
    /// An operation not run because one it depends on failed or was stale.
    public static let operationSkipped = Self(rawValue: "operation_skipped")
    /// An operation not started: the run was interrupted or stopped at the first failure.
    public static let operationNotStarted = Self(rawValue: "operation_not_started")
    /// A contact the API refused inside an otherwise successful upsert.
    public static let contactRefused = Self(rawValue: "contact_refused")
    /// The API rewrote or questioned a contact it accepted.
    public static let contactWarning = Self(rawValue: "contact_warning")
}

// The command line's kinds.
extension Diagnostic.Kind {
    /// A request the API refused or that got no answer, outside an apply.
    public static let api = Self(rawValue: "api")
    /// A resource named on the command line that the org doesn't have.
    public static let unknownResource = Self(rawValue: "unknown_resource")
    /// An environment whose credential or API URL can't be used (unset variable, untrusted URL).
    public static let environmentCredential = Self(rawValue: "environment_credential")
    /// `import` of a resource the manifests manage already.
    public static let alreadyManaged = Self(rawValue: "already_managed")
    /// A file campaignctl was told to read or write and couldn't.
    public static let fileAccess = Self(rawValue: "file_access")
    /// A change refused until the person running it confirms.
    public static let confirmationRequired = Self(rawValue: "confirmation_required")
    /// Anything else that stopped a command.
    public static let failure = Self(rawValue: "failure")
}
