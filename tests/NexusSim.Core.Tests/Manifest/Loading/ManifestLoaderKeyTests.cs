using NexusSim.Core.Manifest.Loading;
using NexusSim.Core.Tests.Support;

namespace NexusSim.Core.Tests.Manifest.Loading;

/// <summary>Keys and values: unknown and missing keys, wrong shapes, and YAML 1.1 coercion traps.</summary>
public sealed class ManifestLoaderKeyTests
{
    private const string Entry = ValidManifest.EntryFile;
    private const string Delivery = ValidManifest.DeliveryFile;

    [Fact]
    public void Load_MisspeltActorKey_ReportsUnknownKeyWithSuggestion()
    {
        using var workspace = ManifestWorkspace.Valid().Replace("    reports_to: principal", "    reprots_to: principal");

        var result = workspace.Load();

        var error = ManifestAssert.OnlyError(result, ErrorCodes.UnknownKey, Entry, workspace.LineOf("reprots_to"),
            "agents[0]: unknown key 'reprots_to' in an agent.");
        Assert.StartsWith("Did you mean 'reports_to'?", error.Fix, StringComparison.Ordinal);
        Assert.Equal(5, error.Location.Column);
    }

    [Fact]
    public void Load_EntryFileThatIsOneLongTextLine_SaysItIsNoManifestAndQuotesAShortenedLine()
    {
        var line = string.Concat(Enumerable.Range(0, 40).Select(i => $"user{i}:x:{i}:{i}:/home/user{i}:/bin/sh "));
        using var workspace = ManifestWorkspace.WithEntry(line + "\n");

        var result = workspace.Load();

        var error = ManifestAssert.OnlyError(result, ErrorCodes.WrongNodeType, Entry, 1,
            $"{Entry} does not look like a manifest: its top level is the value '{line[..80]}…' ({line.TrimEnd().Length} characters), not a map of sections");
        Assert.DoesNotContain(line[..81], error.Message, StringComparison.Ordinal);
    }

    private const string FirmBlock =
        "firm:\n  id: tiny_firm\n  name: \"Tiny Firm\"\n  description: \"A three-agent firm used by the loader tests.\"\n";

    [Fact]
    public void Load_CommaInUnquotedFlowMapValue_SaysToQuoteTheValue()
    {
        using var workspace = ManifestWorkspace.Valid().Replace(FirmBlock,
            "firm: {id: tiny_firm, name: Tiny Firm, Ltd, description: \"A three-agent firm.\"}\n");

        var result = workspace.Load();

        var error = ManifestAssert.OnlyError(result, ErrorCodes.UnknownKey, Entry, workspace.LineOf("Ltd,"),
            "firm: unknown key 'Ltd' in the firm.");
        Assert.Contains("put that value in quotes", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownKeyWithValueInFlowMap_StillSuggestsTheNearestKey()
    {
        using var workspace = ManifestWorkspace.Valid().Replace(FirmBlock,
            "firm: {id: tiny_firm, nmae: \"Tiny Firm\", description: \"A three-agent firm.\"}\n");

        var result = workspace.Load();

        Assert.Contains(result.Errors, d => d.Code == ErrorCodes.UnknownKey
            && d.Fix.StartsWith("Did you mean 'name'?", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_MisspeltSection_ReportsUnknownSectionWithSuggestion()
    {
        using var workspace = ManifestWorkspace.Valid().Replace("glossary:", "glosary:");

        var result = workspace.Load();

        var error = ManifestAssert.OnlyError(result, ErrorCodes.UnknownKey, Entry, workspace.LineOf("glosary:"),
            "Unknown top-level section 'glosary'.");
        Assert.StartsWith("Did you mean 'glossary'?", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownKeyInIncludedFile_ReportsTheIncludedFileAndLine()
    {
        using var workspace = ManifestWorkspace.Valid().Replace(Delivery, "    on_fail: rework", "    on_fial: rework");

        var result = workspace.Load();

        var error = ManifestAssert.OnlyError(result, ErrorCodes.UnknownKey, Delivery, workspace.LineOf(Delivery, "on_fial"),
            "gates[1]: unknown key 'on_fial' in a gate.");
        Assert.StartsWith("Did you mean 'on_fail'?", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_GateWithoutRubric_ReportsMissingKeyAtTheGate()
    {
        using var workspace = ManifestWorkspace.Valid().Replace(Delivery, "    rubric: \"Every claim has a source.\"\n", string.Empty);

        var result = workspace.Load();

        ManifestAssert.OnlyError(result, ErrorCodes.MissingKey, Delivery, workspace.LineOf(Delivery, "id: fact_check"),
            "gates[0]: a gate needs the key 'rubric'.");
    }

    [Fact]
    public void Load_MissingRequiredSection_ReportsMissingSection()
    {
        using var workspace = ManifestWorkspace.Valid().Replace("handoff_fields: [goal, context, done_criteria]\n", string.Empty);

        var result = workspace.Load();

        ManifestAssert.OnlyError(result, ErrorCodes.MissingKey, Entry, 1, "The manifest has no 'handoff_fields' section.");
    }

    [Fact]
    public void Load_ListWhereIntegerExpected_ReportsWrongNodeType()
    {
        using var workspace = ManifestWorkspace.Valid().Replace("weeks: 4", "weeks: [4]");

        var result = workspace.Load();

        ManifestAssert.OnlyError(result, ErrorCodes.WrongNodeType, Entry, workspace.LineOf("weeks: [4]"),
            "service_lines[0].weeks: expected an integer but found a list.");
    }

    [Fact]
    public void Load_TextWhereMapExpected_ReportsWrongNodeType()
    {
        using var workspace = ManifestWorkspace.Valid().Replace("escalation:\n  on_denial: true\n  max_levels: 2\n", "escalation: \"ask\"\nunused:\n  on_denial: true\n  max_levels: 2\n");

        var result = workspace.Load();

        ManifestAssert.HasError(result, ErrorCodes.WrongNodeType, Entry, workspace.LineOf("escalation:"),
            "escalation: expected a map but found the value 'ask'.");
    }

    [Theory]
    [InlineData(Entry, "title: \"Research analyst\"", "title: no", ErrorCodes.MustBeQuoted, "'no' is read by YAML as a boolean, but text is expected.")]
    [InlineData(Entry, "model: \"model-standard\"", "model: 1.0", ErrorCodes.MustBeQuoted, "'1.0' is read by YAML as a number, but text is expected.")]
    [InlineData(Entry, "base_latency_ms: 400", "base_latency_ms: 1e3", ErrorCodes.BadInteger, "base_latency_ms: '1e3' is not a plain decimal integer.")]
    [InlineData(Entry, "max_amount_usd: 250000", "max_amount_usd: \"250000\"", ErrorCodes.BadInteger, "max_amount_usd: '250000' is quoted.")]
    [InlineData(Entry, "max_amount_usd: 250000", "max_amount_usd: 250_000", ErrorCodes.BadInteger, "max_amount_usd: '250_000' is not a plain decimal integer.")]
    [InlineData(Entry, "price_max_usd: 90000", "price_max_usd: 0x15F90", ErrorCodes.BadInteger, "price_max_usd: '0x15F90' is not a plain decimal integer.")]
    [InlineData(Entry, "domain_owner_only: true", "domain_owner_only: yes", ErrorCodes.BadBoolean, "domain_owner_only: 'yes' is not a boolean")]
    [InlineData(Entry, "external: true", "external: \"true\"", ErrorCodes.BadBoolean, "external: 'true' is not a boolean")]
    [InlineData(Entry, "ms_per_output_token: 1.5", "ms_per_output_token: 15e-1", ErrorCodes.BadDecimal, "'15e-1' is not a plain decimal number.")]
    [InlineData(Entry, "duties: \"Scans the market.\"", "duties: ~", ErrorCodes.EmptyValue, "agents[1].duties has no value.")]
    [InlineData(Entry, "id: tiny_firm", "id: TinyFirm", ErrorCodes.BadId, "firm.id: 'TinyFirm' is not a valid id.")]
    [InlineData(Entry, "schema_version: 1", "schema_version: 2", ErrorCodes.OutOfRange, "schema_version: 2 is outside 1..1.")]
    [InlineData(Delivery, "max_attempts: 2", "max_attempts: 11", ErrorCodes.OutOfRange, "gates[1].max_attempts: 11 is outside 1..10.")]
    [InlineData(Delivery, "kind: approval", "kind: aproval", ErrorCodes.UnknownValue, "gates[2].kind: 'aproval' is not an accepted value.")]
    public void Load_BadScalar_ReportsTheValueAndItsLine(string file, string oldText, string newText, string code, string messagePart)
    {
        using var workspace = ManifestWorkspace.Valid().Replace(file, oldText, newText);

        var result = workspace.Load();

        ManifestAssert.OnlyError(result, code, file, workspace.LineOf(file, newText), messagePart);
    }

    [Fact]
    public void Load_BooleanWordForBoolean_FixSaysWhatItMeant()
    {
        using var workspace = ManifestWorkspace.Valid().Replace("on_denial: true", "on_denial: on");

        var result = workspace.Load();

        var error = ManifestAssert.OnlyError(result, ErrorCodes.BadBoolean, Entry, workspace.LineOf("on_denial: on"),
            "escalation.on_denial: 'on' is not a boolean; only true and false are.");
        Assert.Equal("Write true.", error.Fix);
    }

    [Fact]
    public void Load_MisspeltEnumValue_SuggestsTheNearest()
    {
        using var workspace = ManifestWorkspace.Valid().Replace(Delivery, "mode: review", "mode: reveiw");

        var result = workspace.Load();

        var error = ManifestAssert.OnlyError(result, ErrorCodes.UnknownValue, Delivery, workspace.LineOf(Delivery, "reveiw"),
            "'reveiw' is not an accepted value.");
        Assert.StartsWith("Did you mean 'review'?", error.Fix, StringComparison.Ordinal);
    }
}
