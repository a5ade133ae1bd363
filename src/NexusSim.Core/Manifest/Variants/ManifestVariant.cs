using System.Globalization;
using NexusSim.Core.Approvals;
using NexusSim.Core.Determinism;
using NexusSim.Core.Manifest.Loading;
using NexusSim.Core.Manifest.Loading.Yaml;

namespace NexusSim.Core.Manifest.Variants;

/// <summary>
/// Governance variants: small overlays on a validated manifest, from YAML files (<c>--overlay</c>) and
/// <c>key=value</c> pairs (<c>--set</c>), applied in order (files first, then pairs; the last value of a
/// key wins). Each setting is checked against the manifest; an error names the overlay file and line
/// (or the <c>--set</c> pair), what is wrong and what to do. docs/governance-variants.md lists the keys.
/// </summary>
public static class ManifestVariant
{
    /// <summary>The keys a variant may set (a <c>&lt;id&gt;</c> is a gate id or an action id of the manifest).</summary>
    public static IReadOnlyList<string> Keys { get; } =
    [
        "gates", "gate.<id>", "max_attempts", "gate.<id>.max_attempts", "authority", "reviewer_fallibility", "reviewer.catch_rate", "human.catch_rate", "approver",
        "grant.<action>.add", "grant.<action>.remove", "evidence", "check.<kind>", "stub.inconsistent_term", "stub.unauthorized_attempt", "stub.quote_factor", "intake.price_band",
        "context.budget", "context.budget.<tier>", "context.scope", "tools",
    ];

    /// <summary>Loads the manifest at <paramref name="manifestPath"/> and applies the overlays and pairs to it.</summary>
    public static VariantResult Apply(string manifestPath, IReadOnlyList<string> overlayFiles, IReadOnlyList<string> setPairs)
    {
        var loaded = ManifestLoader.Load(manifestPath);
        return loaded.IsValid ? Apply(loaded.Manifest!, overlayFiles, setPairs) : new VariantResult(null, loaded.Errors);
    }

    /// <summary>Applies the overlays and pairs to <paramref name="manifest"/>; the manifest itself when there are none.</summary>
    public static VariantResult Apply(FirmManifest manifest, IReadOnlyList<string> overlayFiles, IReadOnlyList<string> setPairs) =>
        Apply(manifest, overlayFiles, setPairs, null);

    /// <summary>
    /// Applies the overlays and pairs to <paramref name="manifest"/>; an error in pair i is located at
    /// <paramref name="pairLabels"/>[i] (where the user wrote it: "--scenario role_drift", "--variant
    /// ungoverned, item 2"), or "--set #n" without labels.
    /// </summary>
    public static VariantResult Apply(FirmManifest manifest, IReadOnlyList<string> overlayFiles, IReadOnlyList<string> setPairs, IReadOnlyList<string>? pairLabels)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(overlayFiles);
        ArgumentNullException.ThrowIfNull(setPairs);
        var errors = new List<ManifestError>();
        var settings = Read(overlayFiles, setPairs, errors, pairLabels);
        var variant = new GovernanceVariant(manifest, []);
        foreach (var setting in settings)
        {
            variant = Set(variant, setting, errors);
        }

        if (errors.Count > 0)
        {
            return new VariantResult(null, errors);
        }

        if (settings.Count == 0)
        {
            return new VariantResult(variant, []);
        }

        var applied = settings.Select(s => $"{s.Key}={s.Value}").ToList();
        var hash = StableHash.Hex([variant.Manifest.ContentHash, .. applied]);
        return new VariantResult(variant with { Manifest = variant.Manifest with { ContentHash = hash }, Settings = applied }, []);
    }

    /// <summary>
    /// The settings the overlays and pairs give, in the order they apply (files first, then pairs), as
    /// read, without a manifest: what a variant sets, not whether it fits a firm. A file or pair that
    /// cannot be read gives none; <see cref="Apply(FirmManifest, IReadOnlyList{string}, IReadOnlyList{string})"/> reports it.
    /// </summary>
    public static IReadOnlyList<VariantSetting> SettingsOf(IReadOnlyList<string> overlayFiles, IReadOnlyList<string> setPairs)
    {
        ArgumentNullException.ThrowIfNull(overlayFiles);
        ArgumentNullException.ThrowIfNull(setPairs);
        return Read(overlayFiles, setPairs, []);
    }

    private static List<VariantSetting> Read(IReadOnlyList<string> overlayFiles, IReadOnlyList<string> setPairs, List<ManifestError> errors, IReadOnlyList<string>? pairLabels = null) =>
        [.. overlayFiles.SelectMany(f => OverlayReader.ReadFile(f, errors)), .. OverlayReader.ReadPairs(setPairs, errors, pairLabels)];

    private static GovernanceVariant Set(GovernanceVariant variant, VariantSetting setting, List<ManifestError> errors)
    {
        var manifest = variant.Manifest;
        var parts = setting.Key.Split('.');
        switch (parts)
        {
            case ["gates"] when Switch(setting, errors) is { } on:
                return variant with { Manifest = on ? manifest : GateEdits.WithoutReviewGates(manifest, manifest.Gates.Where(g => g.Kind == GateKind.Review).Select(g => g.Id)) };
            case ["gate", var id] when Known(setting, manifest.Gates.Select(g => g.Id), id, "gate", errors) && Switch(setting, errors) is { } on:
                return on ? variant : variant with { Manifest = GateEdits.WithoutReviewGates(manifest, [id]) };
            case ["max_attempts"] when Count(setting, errors) is { } cap:
                return variant with { Manifest = manifest with { Gates = [.. manifest.Gates.Select(g => g with { MaxAttempts = cap })] } };
            case ["gate", var id, "max_attempts"] when Known(setting, manifest.Gates.Select(g => g.Id), id, "gate", errors) && Count(setting, errors) is { } cap:
                return variant with { Manifest = manifest with { Gates = [.. manifest.Gates.Select(g => g.Id == id ? g with { MaxAttempts = cap } : g)] } };
            case ["authority"] when OneOf(setting, ["enforce", "record_only"], errors) is { } mode:
                return variant with { Manifest = manifest with { AuthorityMode = mode == "enforce" ? AuthorityMode.Enforce : AuthorityMode.RecordOnly } };
            case ["reviewer_fallibility"] when Rate(setting, errors) is { } rate:
                return variant with { ReviewerFallibility = rate };
            case ["reviewer", "catch_rate"] when Rate(setting, errors) is { } rate:
                return variant with { ReviewerCatchRate = rate };
            case ["human", "catch_rate"] when Rate(setting, errors) is { } rate:
                return variant with { HumanCatchRate = rate };
            case ["approver"] when OneOf(setting, PolicyApprover.Names, errors) is { } policy:
                return variant with { Approver = policy };
            case ["grant", var action, var change and ("add" or "remove")] when Known(setting, manifest.Actions.Select(a => a.Id), action, "action", errors):
                var actors = setting.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                var unknown = actors.Where(a => manifest.FindActor(a) is null).ToList();
                if (actors.Length == 0 || unknown.Count > 0)
                {
                    var ids = manifest.Actors.Select(a => a.Id).ToList();
                    var guesses = unknown.Select(a => NearestName.Find(a, ids) is { } near ? $"'{a}': did you mean '{near}'? " : string.Empty);
                    errors.Add(new ManifestError(setting.Location, ErrorCodes.OverlayUnknownId, $"'{setting.Key}' names no actor of {manifest.Firm.Name}: '{setting.Value}'.",
                        $"{string.Concat(guesses)}Name actor ids, comma-separated: {string.Join(", ", ids)}."));
                    return variant;
                }

                if (actors.GroupBy(a => a, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } repeated)
                {
                    // As a manifest's lists do (NX0020): a repeat is a slip, never a meaning.
                    errors.Add(new ManifestError(setting.Location, ErrorCodes.OverlayBadValue, $"'{setting.Key}' lists '{repeated.Key}' twice: '{setting.Value}'.",
                        $"Name each actor once: {string.Join(",", actors.Distinct(StringComparer.Ordinal))}."));
                    return variant;
                }

                return variant with { Manifest = GateEdits.WithGrant(manifest, action, actors, change == "add") };
            case ["evidence"] when Switch(setting, errors) is { } on:
                return variant with { Manifest = manifest with { RequireReviewEvidence = on } };
            case ["check", var kind] when OneOf(setting with { Value = kind }, [.. Enum.GetNames<CheckKind>().Select(n => n.ToLowerInvariant())], errors) is { } name && Switch(setting, errors) is { } on:
                return on ? variant : variant with { Manifest = manifest with { Gates = [.. manifest.Gates.Select(g => g with { Checks = [.. g.Checks.Where(c => !c.ToString().Equals(name, StringComparison.OrdinalIgnoreCase))] })] } };
            case ["stub", "inconsistent_term"] when Rate(setting, errors) is { } rate:
                return variant with { StubInconsistentTerm = rate };
            case ["stub", "unauthorized_attempt"] when Rate(setting, errors) is { } rate:
                return variant with { StubUnauthorizedAttempt = rate };
            case ["stub", "quote_factor"] when Factor(setting, errors) is { } factor:
                return variant with { StubQuoteFactor = factor };
            case ["intake", "price_band"] when Switch(setting, errors) is { } on:
                return on ? variant : variant with { Manifest = manifest with { ServiceLines = [.. manifest.ServiceLines.Select(l => l with { PriceMinUsd = 0, PriceMaxUsd = decimal.MaxValue })] } };
            case ["context", "budget"] when Switch(setting, errors) is { } on:
                return variant with { Manifest = manifest with { Context = manifest.Context with { BudgetEnforced = on } } };
            case ["context", "budget", var tier] when Known(setting, manifest.ModelTiers.Select(t => t.Id), tier, "model tier", errors) && ContextBudget.Tokens(setting, errors) is { } tokens:
                return variant with { Manifest = manifest with { ModelTiers = [.. manifest.ModelTiers.Select(t => t.Id == tier ? t with { ContextBudgetTokens = tokens } : t)] } };
            case ["context", "scope"] when OneOf(setting, ["scoped", "history"], errors) is { } scope:
                return variant with { Manifest = manifest with { Context = manifest.Context with { WholeHistory = scope == "history" } } };
            case ["tools"] when OneOf(setting, ["all", "granted"], errors) is { } tools:
                return variant with { Manifest = manifest with { ToolScope = tools == "granted" ? ToolScope.Granted : ToolScope.All } };
            case ["context", "budget" or "scope"] or ["context", "budget", _] or ["tools"]:
                return variant;
            case ["evidence"] or ["check", _] or ["stub", "inconsistent_term" or "unauthorized_attempt" or "quote_factor"] or ["intake", "price_band"] or ["reviewer" or "human", "catch_rate"]:
                return variant;
            case ["gates"] or ["gate", _] or ["max_attempts"] or ["gate", _, "max_attempts"] or ["authority"] or ["reviewer_fallibility"] or ["approver"] or ["grant", _, "add" or "remove"]:
                return variant; // its value was wrong: the check that refused it added the error
            default:
                errors.Add(new ManifestError(setting.Location, ErrorCodes.OverlayUnknownSetting, $"'{setting.Key}' is not a governance setting.",
                    NearestName.Fix(setting.Key, Keys, "Use one of")));
                return variant;
        }
    }

    private static bool Known(VariantSetting setting, IEnumerable<string> ids, string id, string what, List<ManifestError> errors)
    {
        var list = ids.ToList();
        if (list.Contains(id, StringComparer.Ordinal))
        {
            return true;
        }

        errors.Add(new ManifestError(setting.Location, ErrorCodes.OverlayUnknownId, $"'{setting.Key}' names no {what} of this firm: '{id}'.",
            NearestName.Fix(id, list, "Use one of")));
        return false;
    }

    private static bool? Switch(VariantSetting setting, List<ManifestError> errors) =>
        OneOf(setting, ["on", "off"], errors) is { } word ? word == "on" : null;

    private static string? OneOf(VariantSetting setting, IReadOnlyList<string> allowed, List<ManifestError> errors)
    {
        var value = setting.Value.Trim().ToLowerInvariant();
        // YAML 1.1 readers may write on/off as true/false.
        value = value switch { "true" when allowed.Contains("on") => "on", "false" when allowed.Contains("off") => "off", _ => value };
        if (allowed.Contains(value, StringComparer.Ordinal))
        {
            return value;
        }

        errors.Add(new ManifestError(setting.Location, ErrorCodes.OverlayBadValue, $"'{setting.Key}' cannot be '{setting.Value}'.", ValueFix(value, allowed)));
        return null;
    }

    // A YAML 1.1 boolean word (yes, no, y, n) for a switch says which way it was meant: 'no' is one edit
    // from 'on', the opposite of what it means, so it is never guessed by spelling.
    private static string ValueFix(string value, IReadOnlyList<string> allowed) =>
        allowed.Contains("on") && allowed.Contains("off") && ScalarRules.BoolMeaning(value) is { } meant
            ? $"'{value}' reads as {(meant ? "on" : "off")}; write {(meant ? "on" : "off")}."
            : NearestName.Fix(value, allowed, "Use one of");

    private static int? Count(VariantSetting setting, List<ManifestError> errors)
    {
        if (int.TryParse(setting.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 20)
        {
            return n;
        }

        errors.Add(new ManifestError(setting.Location, ErrorCodes.OverlayBadValue, $"'{setting.Key}' cannot be '{setting.Value}'.", "Use a whole number of attempts from 1 to 20."));
        return null;
    }

    private static decimal? Factor(VariantSetting setting, List<ManifestError> errors)
    {
        if (decimal.TryParse(setting.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var factor) && factor is > 0 and <= 100)
        {
            return factor;
        }

        errors.Add(new ManifestError(setting.Location, ErrorCodes.OverlayBadValue, $"'{setting.Key}' cannot be '{setting.Value}'.", "Use a factor above 0 and at most 100, e.g. 3."));
        return null;
    }

    private static double? Rate(VariantSetting setting, List<ManifestError> errors)
    {
        if (double.TryParse(setting.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var rate) && rate is >= 0 and <= 1)
        {
            return rate;
        }

        errors.Add(new ManifestError(setting.Location, ErrorCodes.OverlayBadValue, $"'{setting.Key}' cannot be '{setting.Value}'.", "Use a rate from 0 to 1, e.g. 0.3."));
        return null;
    }
}
