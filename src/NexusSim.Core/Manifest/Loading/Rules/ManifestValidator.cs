namespace NexusSim.Core.Manifest.Loading.Rules;

/// <summary>Runs every cross-reference rule on a draft; each rule reports all it finds.</summary>
internal static class ManifestValidator
{
    public static void Validate(ManifestDraft draft, ManifestDiagnostics diagnostics)
    {
        var context = new RuleContext(draft, diagnostics);
        UniquenessRules.Check(context);
        ActorRules.Check(context);
        ReportingCycleRule.Check(context);
        ActionRules.Check(context);
        DeliveryRules.Check(context);
        ServiceLineRules.Check(context);
        DeliverablePhaseRule.Check(context);
        GateRules.Check(context);
        ApprovalGateFieldRule.Check(context);
        ChainGateRules.Check(context);
        GlossaryRules.Check(context);
        IntakeRules.Check(context);
        HumanRules.Check(context);
        GateOwnerGrantRule.Check(context);
        AmountLimitRule.Check(context);
    }
}
