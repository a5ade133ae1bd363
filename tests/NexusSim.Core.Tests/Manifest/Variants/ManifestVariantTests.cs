using NexusSim.Core.Manifest;
using NexusSim.Core.Manifest.Loading;
using NexusSim.Core.Manifest.Variants;
using NexusSim.Core.Tests.Support;

namespace NexusSim.Core.Tests.Manifest.Variants;

/// <summary>Governance overlays and --set: each key's effect, and errors that name the overlay file and line.</summary>
public sealed class ManifestVariantTests : IDisposable
{
    private static readonly FirmManifest Shipped = ManifestLoader.Load(RepoRoot.ShippedManifest).Manifest!;
    private readonly string _dir = Directory.CreateTempSubdirectory("nexussim-variant-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Apply_NoOverlays_SameManifestSameHash()
    {
        var result = ManifestVariant.Apply(Shipped, [], []);

        Assert.True(result.IsValid);
        Assert.Same(Shipped, result.Variant!.Manifest);
        Assert.Empty(result.Variant.Settings);
    }

    [Fact]
    public void Apply_GatesOff_NoReviewGateLeftOnAnyDeliverableOrStepApprovalGatesKept()
    {
        var manifest = Valid(ManifestVariant.Apply(Shipped, [], ["gates=off"]));

        var reviewGates = Shipped.Gates.Where(g => g.Kind == GateKind.Review).Select(g => g.Id).ToList();
        Assert.NotEmpty(reviewGates);
        Assert.DoesNotContain(manifest.DeliverableTypes.SelectMany(d => d.Gates), reviewGates.Contains);
        Assert.DoesNotContain(manifest.Chains.SelectMany(c => c.Steps).SelectMany(s => s.Gates), reviewGates.Contains);
        var approvalGates = Shipped.DeliverableTypes.SelectMany(d => d.Gates).Where(g => !reviewGates.Contains(g)).Count();
        Assert.Equal(approvalGates, manifest.DeliverableTypes.SelectMany(d => d.Gates).Count());
        Assert.NotEqual(Shipped.ContentHash, manifest.ContentHash);
    }

    [Fact]
    public void Apply_OneGateOff_OnlyThatGateGone()
    {
        var gate = Shipped.Gates.First(g => g.Kind == GateKind.Review);

        var manifest = Valid(ManifestVariant.Apply(Shipped, [], [$"gate.{gate.Id}=off"]));

        Assert.DoesNotContain(gate.Id, manifest.DeliverableTypes.SelectMany(d => d.Gates));
        Assert.Equal(
            Shipped.DeliverableTypes.SelectMany(d => d.Gates).Count(g => g != gate.Id),
            manifest.DeliverableTypes.SelectMany(d => d.Gates).Count());
    }

    [Fact]
    public void Apply_OverlayFileThenSet_LastValueWinsAndEachKeyTakesEffect()
    {
        var gate = Shipped.Gates[0];
        var overlay = Write("variant.yaml", $"max_attempts: 2\ngate:\n  {gate.Id}:\n    max_attempts: 5\nauthority: record_only\nreviewer_fallibility: 0.25\napprover: reject-all\n");

        var result = ManifestVariant.Apply(Shipped, [overlay], ["approver=approve-all"]);

        var variant = result.Variant!;
        Assert.True(result.IsValid, string.Join('\n', result.Errors));
        Assert.Equal(5, variant.Manifest.Gate(gate.Id).MaxAttempts);
        Assert.All(variant.Manifest.Gates.Where(g => g.Id != gate.Id), g => Assert.Equal(2, g.MaxAttempts));
        Assert.Equal(AuthorityMode.RecordOnly, variant.Manifest.AuthorityMode);
        Assert.Equal(0.25, variant.ReviewerFallibility);
        Assert.Equal("approve-all", variant.Approver);
        Assert.Equal(6, variant.Settings.Count);
    }

    [Fact]
    public void Apply_GrantWidenedAndNarrowed_ActorsChangeForThatActionOnly()
    {
        var grant = Shipped.Grants.First(g => g.Actors.Count > 1);
        var removed = grant.Actors[0];
        var outsider = Shipped.Actors.First(a => !Shipped.Grants.Any(g => g.Action == grant.Action && g.Actors.Contains(a.Id))).Id;

        var manifest = Valid(ManifestVariant.Apply(Shipped, [], [$"grant.{grant.Action}.remove={removed}", $"grant.{grant.Action}.add={outsider}"]));

        var actors = manifest.Grants.Where(g => g.Action == grant.Action).SelectMany(g => g.Actors).ToList();
        Assert.DoesNotContain(removed, actors);
        Assert.Contains(outsider, actors);
        Assert.Equal(Shipped.Grants.Where(g => g.Action != grant.Action), manifest.Grants.Where(g => g.Action != grant.Action));
    }

    [Fact]
    public void Apply_BadOverlay_EveryErrorNamesTheFileAndLine()
    {
        var overlay = Write("bad.yaml", "gates: sometimes\ncolour: blue\ngate:\n  nope: off\nmax_attempts: 0\ngrant:\n  approve:\n    add: [ghost]\n");

        var result = ManifestVariant.Apply(Shipped, [overlay], []);

        Assert.False(result.IsValid);
        Assert.Null(result.Variant);
        Assert.All(result.Errors, e => Assert.Equal(overlay, e.Location.File));
        Assert.Equal(
            [(ErrorCodes.OverlayBadValue, 1), (ErrorCodes.OverlayUnknownSetting, 2), (ErrorCodes.OverlayUnknownId, 4), (ErrorCodes.OverlayBadValue, 5), (ErrorCodes.OverlayUnknownId, 8)],
            result.Errors.Select(e => (e.Code, e.Location.Line)));
        Assert.All(result.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Fix)));
    }

    [Theory]
    [InlineData("gates", ErrorCodes.OverlayBadValue)]
    [InlineData("=off", ErrorCodes.OverlayBadValue)]
    [InlineData("authority=lenient", ErrorCodes.OverlayBadValue)]
    [InlineData("reviewer_fallibility=1.5", ErrorCodes.OverlayBadValue)]
    [InlineData("approver=maybe", ErrorCodes.OverlayBadValue)]
    [InlineData("grant.fly.add=atlas", ErrorCodes.OverlayUnknownId)]
    [InlineData("gate.g1.colour=red", ErrorCodes.OverlayUnknownSetting)]
    [InlineData("tools=some", ErrorCodes.OverlayBadValue)]
    [InlineData("tools.analyst=granted", ErrorCodes.OverlayUnknownSetting)]
    [InlineData("grant.approve.add=veda,kael,veda", ErrorCodes.OverlayBadValue)]
    [InlineData("grant.approve.remove=atlas, atlas", ErrorCodes.OverlayBadValue)]
    public void Apply_BadSetPair_NamesThePairWithItsCode(string pair, string code)
    {
        var result = ManifestVariant.Apply(Shipped, [], [pair]);

        var error = Assert.Single(result.Errors);
        Assert.Equal(code, error.Code);
        Assert.Contains(pair, error.Location.File, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_GrantNamingAnActorTwice_SaysWhichAndTheListOnce()
    {
        var error = Assert.Single(ManifestVariant.Apply(Shipped, [], ["grant.approve.add=veda,kael,veda"]).Errors);

        Assert.Equal("'grant.approve.add' lists 'veda' twice: 'veda,kael,veda'.", error.Message);
        Assert.Equal("Name each actor once: veda,kael.", error.Fix);
    }

    [Theory]
    [InlineData("max_attempt=3", "Did you mean 'max_attempts'? ")]
    [InlineData("reviewer_falibility=0.2", "Did you mean 'reviewer_fallibility'? ")]
    [InlineData("colour=red", "")] // nothing close: no guess, only the list
    public void Apply_MisspeltSetting_SuggestsTheNearestThenListsThem(string pair, string hint)
    {
        var error = Assert.Single(ManifestVariant.Apply(Shipped, [], [pair]).Errors);

        Assert.Equal(ErrorCodes.OverlayUnknownSetting, error.Code);
        Assert.StartsWith(hint + "Use one of: gates, ", error.Fix, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("grant.aprove.add=atlas", "Did you mean 'approve'? Use one of: ")]
    [InlineData("grant.approve.add=atlass", "'atlass': did you mean 'atlas'? Name actor ids, comma-separated: ")]
    [InlineData("grant.approve.add=veda,kaell", "'kaell': did you mean 'kael'? Name actor ids, comma-separated: ")]
    [InlineData("context.budget.strategc=8000", "Did you mean 'strategic'? Use one of: ")]
    [InlineData("grant.approve.add=xylophone", "Name actor ids, comma-separated: ")] // nothing close: no guess, only the list
    public void Apply_MisspeltId_SuggestsTheNearestIdThenListsThem(string pair, string hint)
    {
        var error = Assert.Single(ManifestVariant.Apply(Shipped, [], [pair]).Errors);

        Assert.Equal(ErrorCodes.OverlayUnknownId, error.Code);
        Assert.StartsWith(hint, error.Fix, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("gates: of\n", "'of' is one edit from both 'on' and 'off'; write one of them.")]
    [InlineData("tools: grantd\n", "Did you mean 'granted'? Use one of: all, granted.")]
    [InlineData("authority: enforc\n", "Did you mean 'enforce'? Use one of: enforce, record_only.")]
    [InlineData("gates: no\n", "'no' reads as off; write off.")] // one edit from 'on', but YAML 1.1 reads it as off
    [InlineData("gates: sometimes\n", "Use one of: on, off.")] // nothing close: no guess, only the list
    public void Apply_MisspeltValue_FixGuessesOnlyWhenOneChoiceIsNearest(string text, string fix)
    {
        var overlay = Write("value.yaml", "# a governance overlay\n" + text);

        var error = Assert.Single(ManifestVariant.Apply(Shipped, [overlay], []).Errors);

        Assert.Equal(ErrorCodes.OverlayBadValue, error.Code);
        Assert.Equal((overlay, 2), (error.Location.File, error.Location.Line));
        Assert.StartsWith($"'{text.Split(':')[0]}' cannot be ", error.Message, StringComparison.Ordinal);
        Assert.Equal(fix, error.Fix);
    }

    [Theory]
    [InlineData("missing.yaml", null)]
    [InlineData("list.yaml", "- gates: off\n")]
    [InlineData("broken.yaml", "gates: [off\n")]
    [InlineData("open.yaml", "gates: [off\nmax_attempts: 2\n")] // YamlDotNet's scanner throws InvalidOperationException here
    public void Apply_UnreadableOverlay_Nx0085NamingTheFile(string name, string? text)
    {
        var path = text is null ? Path.Combine(_dir, name) : Write(name, text);

        var error = Assert.Single(ManifestVariant.Apply(Shipped, [path], []).Errors);

        Assert.Equal(ErrorCodes.OverlayUnreadable, error.Code);
        Assert.Equal(path, error.Location.File);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    [InlineData("{}\n")]
    [InlineData("---\n")]
    public void Apply_OverlayHoldingNoSetting_Nx0085SayingItIsEmpty(string text)
    {
        var path = Write("empty.yaml", text);

        var error = Assert.Single(ManifestVariant.Apply(Shipped, [path], []).Errors);

        Assert.Equal(ErrorCodes.OverlayUnreadable, error.Code);
        Assert.Equal((path, 1), (error.Location.File, error.Location.Line));
        Assert.Equal("The overlay is empty: it holds no setting.", error.Message);
    }

    [Fact]
    public void Apply_FromManifestPath_LoadsThenApplies()
    {
        var result = ManifestVariant.Apply(RepoRoot.FiveAgentFirm, [], ["gates=off"]);

        Assert.True(result.IsValid);
        Assert.DoesNotContain(result.Variant!.Manifest.DeliverableTypes.SelectMany(d => d.Gates), g => result.Variant.Manifest.Gate(g).Kind == GateKind.Review);
    }

    [Fact]
    public void Apply_MechanismKeys_EvidenceOffCheckOffStubRates()
    {
        Assert.Contains(Shipped.Gates, g => g.Checks.Contains(CheckKind.Consistency));

        var result = ManifestVariant.Apply(Shipped, [], ["evidence=off", "check.consistency=off", "stub.inconsistent_term=1", "stub.unauthorized_attempt=0.5"]);

        Assert.True(result.IsValid, string.Join('\n', result.Errors));
        var variant = result.Variant!;
        Assert.False(variant.Manifest.RequireReviewEvidence);
        Assert.DoesNotContain(variant.Manifest.Gates, g => g.Checks.Contains(CheckKind.Consistency));
        Assert.Equal(Shipped.Gates.Sum(g => g.Checks.Count(c => c != CheckKind.Consistency)), variant.Manifest.Gates.Sum(g => g.Checks.Count));
        Assert.Equal(1, variant.StubInconsistentTerm);
        Assert.Equal(0.5, variant.StubUnauthorizedAttempt);
    }

    [Fact]
    public void Apply_ToolsGrantedThenAll_LastValueWinsAndTheHashFollowsIt()
    {
        Assert.Equal(ToolScope.All, Shipped.ToolScope);

        var granted = Valid(ManifestVariant.Apply(Shipped, [], ["tools=granted"]));
        var back = Valid(ManifestVariant.Apply(Shipped, [], ["tools=granted", "tools=all"]));

        Assert.Equal(ToolScope.Granted, granted.ToolScope);
        Assert.Equal(ToolScope.All, back.ToolScope);
        Assert.NotEqual(Shipped.ContentHash, granted.ContentHash);
    }

    [Theory]
    [InlineData("fantasy_approval", 1)]
    [InlineData("fantasy_approval:uncaught", 3)]
    [InlineData("terminology_drift:uncaught", 2)]
    [InlineData("role_drift:uncaught", 2)]
    [InlineData("pricing_drift:uncaught", 2)]
    public void FailureScenarios_Spec_SettingsApplyCleanlyUncaughtAddsTheMechanismOff(string spec, int count)
    {
        var settings = FailureScenarios.SettingsOf(spec)!;

        Assert.Equal(count, settings.Count);
        Assert.True(ManifestVariant.Apply(Shipped, [], settings).IsValid);
    }

    /// <summary>ManifestVariant.Keys is what --help and the unknown-key error list: each must be a setting Apply accepts.</summary>
    public static TheoryData<string> ListedKeys() => [.. ManifestVariant.Keys];

    [Theory]
    [MemberData(nameof(ListedKeys))]
    public void Keys_EveryListedKey_IsAGovernanceSettingNotAnUnknownOne(string key)
    {
        var concrete = key
            .Replace("<id>", Shipped.Gates[0].Id, StringComparison.Ordinal)
            .Replace("<action>", Shipped.Actions[0].Id, StringComparison.Ordinal)
            .Replace("<kind>", Enum.GetNames<CheckKind>()[0].ToLowerInvariant(), StringComparison.Ordinal)
            .Replace("<tier>", Shipped.ModelTiers[0].Id, StringComparison.Ordinal);

        var result = ManifestVariant.Apply(Shipped, [], [$"{concrete}=not-a-value"]);

        Assert.DoesNotContain('<', concrete);
        Assert.DoesNotContain(result.Errors, e => e.Code == ErrorCodes.OverlayUnknownSetting);
    }

    [Fact]
    public void FailureScenarios_Unknown_Null()
    {
        Assert.Null(FailureScenarios.SettingsOf("hallucination"));
        Assert.Null(FailureScenarios.SettingsOf(":uncaught"));
    }

    private static FirmManifest Valid(VariantResult result)
    {
        Assert.True(result.IsValid, string.Join('\n', result.Errors));
        return result.Variant!.Manifest;
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }
}
