namespace NexusSim.Core.Manifest.Loading;

/// <summary>Stable manifest error codes; docs/manifest-errors.md explains each (meaning, example, fix).</summary>
internal static class ErrorCodes
{
    public const string FileNotFound = "NX0001";
    public const string FileTooLarge = "NX0002";
    public const string FileEmpty = "NX0003";
    public const string SyntaxError = "NX0004";
    public const string AliasRefused = "NX0005";
    public const string TagRefused = "NX0006";
    public const string MultipleDocuments = "NX0007";
    public const string DuplicateKey = "NX0008";
    public const string UnknownKey = "NX0009";
    public const string MissingKey = "NX0010";
    public const string WrongNodeType = "NX0011";
    public const string MustBeQuoted = "NX0012";
    public const string BadBoolean = "NX0013";
    public const string BadInteger = "NX0014";
    public const string BadDecimal = "NX0015";
    public const string EmptyValue = "NX0016";
    public const string BadId = "NX0017";
    public const string UnknownValue = "NX0018";
    public const string OutOfRange = "NX0019";
    public const string DuplicateId = "NX0020";
    public const string DanglingReference = "NX0021";
    public const string IncludeMissing = "NX0022";
    public const string PathEscapes = "NX0023";
    public const string SectionInTwoFiles = "NX0024";
    public const string IncludeNotAllowed = "NX0025";
    public const string IdentityMissing = "NX0026";
    public const string IdentityEmpty = "NX0027";
    public const string ReportingCycle = "NX0028";
    public const string HumanCount = "NX0029";
    public const string NoAgents = "NX0030";
    public const string DomainNotOwned = "NX0031";
    public const string SelfReview = "NX0032";
    public const string ActionNotGranted = "NX0033";
    public const string ExternalToAgent = "NX0034";
    public const string UnknownAction = "NX0035";
    public const string DeliverableUnused = "NX0036";
    public const string ChainUnused = "NX0037";
    public const string ChainAuthorMismatch = "NX0038";
    public const string ChainAuthorSteps = "NX0039";
    public const string ServiceLineEmpty = "NX0040";
    public const string PhaseWeeks = "NX0041";
    public const string PriceBand = "NX0042";
    public const string NotForHumans = "NX0043";
    public const string NotUtf8 = "NX0044";
    public const string BadPair = "NX0045";
    public const string TooDeep = "NX0046";
    public const string KeyNotText = "NX0047";
    public const string IntakeOrder = "NX0048";
    public const string PricingDomain = "NX0049";
    public const string HumanStep = "NX0050";
    public const string GateOwnerNotGranted = "NX0051";
    public const string AmountLimitUnused = "NX0052";
    public const string NotRegularFile = "NX0053";

    // Chain steps and their gates, escalation options (issue 8; NX0060-NX0069 reserved for them).
    public const string StepGateNotListed = "NX0060";
    public const string GateNotRun = "NX0061";
    public const string StepGateKind = "NX0062";
    public const string StepActorNotOwner = "NX0063";
    public const string StepNeedsGate = "NX0064";
    public const string GateRunTwice = "NX0065";
    public const string ApprovalGateNeedsHuman = "NX0066";
    public const string EscalationOptionUnmapped = "NX0067";

    // Fields the engine would ignore (issue 8 acceptance; NX0068-NX0070 reserved for them).
    public const string ApprovalGateField = "NX0068";

    // Phase-appropriate content (issue 9 item 1; NX0076-NX0079 reserved for it).
    public const string DeliverablePhaseUnknown = "NX0076";

    // Firm-owned content beside the manifest (issue 9 item 2; NX0080-NX0084 reserved for it).
    public const string BriefSchemaInvalid = "NX0080";
    public const string FirmContentInvalid = "NX0081";

    // Governance variants: overlays and --set (issue 10; NX0085-NX0089 reserved for them).
    public const string OverlayUnreadable = "NX0085";
    public const string OverlayUnknownSetting = "NX0086";
    public const string OverlayBadValue = "NX0087";
    public const string OverlayUnknownId = "NX0088";

    // The context_overflow scenario (issue 10 item 4; NX0089, NX0071-NX0072 reserved for it).
    public const string ContextBudgetNotPositive = "NX0089";

    // Separation of duties from every contributor (an editor reviews no version it edited).
    public const string ReviewerContributes = "NX0090";
}
