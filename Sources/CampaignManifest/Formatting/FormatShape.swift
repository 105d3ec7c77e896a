/// What `fmt` knows about each place of a manifest: the order of a mapping's keys (that of the
/// tables in docs/manifest.md) and how the loader reads a scalar there, which decides whether
/// its quotes may change.
enum FormatShape: Sendable, Hashable, CaseIterable {
    case manifestFile, contactsFile
    case configurations, configuration, schedule, windows, window, overrides, override, dialingPolicy, agent
    case campaigns, campaign, contacts, contact, contactsFileList, contactsFileEntry, columns, phoneColumns
    case dataColumns, dataColumn, adHoc, concurrency, policy, prune, ignore, massDelete, callingHours
    case suppressionList, suppressionFile
    /// A string: plain or quoted reads the same.
    case text
    /// A list of strings.
    case texts
    /// `data` and `agent_config`: quotes decide a value's JSON type.
    case free
    /// An integer, a boolean or a number, which must be plain: written as it is.
    case typed
    /// A key the loader doesn't know (an error of `validate`): written as it is, order kept.
    case unknown

    /// How a scalar written here may be rewritten.
    var scalarRule: ScalarRule {
        switch self {
        case .text, .contactsFileEntry, .suppressionFile, .phoneColumns, .dataColumn: .string
        case .free: .freeForm
        default: .asWritten
        }
    }

    /// The shape of each item of a list written here.
    var items: FormatShape {
        switch self {
        case .windows: .window
        case .overrides: .override
        case .contacts: .contact
        case .contactsFileList: .contactsFileEntry
        case .suppressionList: .suppressionFile
        case .texts, .phoneColumns: .text
        case .free: .free
        default: .unknown
        }
    }

    /// A mapping whose keys are names (external_ids, data keys): the shape of its values and
    /// how its keys may be rewritten; nil for the mappings of known keys (`fields`).
    var entries: (values: FormatShape, keys: ScalarRule)? {
        switch self {
        case .configurations: (.configuration, .string)
        case .campaigns: (.campaign, .string)
        case .dataColumns: (.dataColumn, .string)
        case .free: (.free, .string)
        case .unknown, .typed, .text, .texts: (.unknown, .asWritten)
        default: nil
        }
    }
}

/// How the loader reads a scalar in one place, and so what `fmt` may change about its quotes.
enum ScalarRule: Sendable, Equatable {
    /// Read as a string (null when plain and empty, `~` or `null`): quotes may go where every
    /// YAML reader takes the plain text for the same string, and are added where one wouldn't.
    case string
    /// Free-form data: plain `12` is a number and `"12"` a string, so quotes change only where
    /// the plain text reads as that same string.
    case freeForm
    /// Typed (integers and booleans must be plain) or unknown: written exactly as it was.
    case asWritten
}
