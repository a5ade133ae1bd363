using NexusSim.Core.Briefs;
using NexusSim.Core.Tests.Support;

namespace NexusSim.Core.Tests.Briefs;

public sealed class BriefSchemaTests
{
    private const string EngineBrief =
        "client: Acme\nindustry: Retail\nregion: Spain\nheadcount: 800\nsituation: Wants agents.\nconstraints:\n  - None\nbudget_usd: 200000\n";

    [Fact]
    public void Load_EngineSchemaWithoutStalledPilot_Accepted()
    {
        var result = BriefLoader.Load(EngineBrief, "brief.yaml");

        Assert.Empty(result.Errors);
        Assert.Equal(string.Empty, result.Brief!.StalledPilot);
    }

    [Fact]
    public void Load_DefaultFirmSchemaWithoutStalledPilot_RefusedNamingFieldAndSchema()
    {
        var (schema, errors) = BriefSchemaLoader.ForFirm(RepoRoot.ShippedManifest);
        Assert.Empty(errors);

        var result = BriefLoader.Load(EngineBrief, "brief.yaml", schema);

        var error = Assert.Single(result.Errors);
        Assert.Equal("stalled_pilot", error.Field);
        Assert.Contains(BriefSchema.FileName, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ForFirm_FiveAgentFirm_BriefLoadsWithoutStalledPilot()
    {
        var (schema, errors) = BriefSchemaLoader.ForFirm(RepoRoot.FiveAgentFirm);
        Assert.Empty(errors);

        var result = BriefLoader.LoadFile(RepoRoot.Combine("samples", "five-agent-firm", "brief.yaml"), schema);

        Assert.Empty(result.Errors);
        Assert.DoesNotContain("stalled_pilot", File.ReadAllText(RepoRoot.Combine("samples", "five-agent-firm", "brief.yaml")), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FirmFieldsTyped_KeptAndCheckedByType()
    {
        var (schema, _) = BriefSchemaLoader.Load("fields:\n  matter_number: {type: integer, required: true}\n  jurisdictions: {type: list}\n", "s.yaml");

        var good = BriefLoader.Load(EngineBrief + "matter_number: 4711\njurisdictions:\n  - Texas\n  - California\n", "brief.yaml", schema);
        var bad = BriefLoader.Load(EngineBrief + "matter_number: forty\n", "brief.yaml", schema);

        Assert.Empty(good.Errors);
        Assert.Equal("4711", good.Brief!.FirmFields["matter_number"]);
        Assert.Equal("Texas; California", good.Brief.FirmFields["jurisdictions"]);
        Assert.Equal("matter_number", Assert.Single(bad.Errors).Field);
    }

    [Fact]
    public void Load_FieldNotInFirmSchema_RefusedAsUnknown()
    {
        var result = BriefLoader.Load(EngineBrief + "matter_number: 4711\n", "brief.yaml");

        var error = Assert.Single(result.Errors);
        Assert.Equal("matter_number", error.Field);
        Assert.Contains("Unknown field", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MisspelledField_SuggestsTheFieldItIsNear()
    {
        var result = BriefLoader.Load(EngineBrief.Replace("industry:", "indsutry:", StringComparison.Ordinal), "brief.yaml");

        var error = Assert.Single(result.Errors, e => e.Field == "indsutry");
        Assert.Contains("Unknown field 'indsutry'. Did you mean 'industry'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MisspelledRequiredField_OneErrorAtTheMisspeltKeyNotASecondOneForTheMissingField()
    {
        var result = BriefLoader.Load(EngineBrief.Replace("industry:", "indsutry:", StringComparison.Ordinal), "brief.yaml");

        var error = Assert.Single(result.Errors);
        Assert.Equal("indsutry", error.Field);
        Assert.Null(result.Brief);
    }

    [Fact]
    public void Load_RequiredFieldMissingAndAnUnrelatedUnknownField_BothAreErrors()
    {
        var result = BriefLoader.Load(EngineBrief.Replace("industry:", "favourite_colour:", StringComparison.Ordinal), "brief.yaml");

        Assert.Equal(2, result.Errors.Count);
        Assert.Contains(result.Errors, e => e.Field == "industry" && e.Message.Contains("Required field 'industry' is missing", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_FieldNearNone_NoSuggestion()
    {
        var result = BriefLoader.Load(EngineBrief + "favourite_colour: blue\n", "brief.yaml");

        var error = Assert.Single(result.Errors);
        Assert.DoesNotContain("Did you mean", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fields:\n  matter: {type: string}\n", 2, "matter")]
    [InlineData("fields:\n  client: {type: text, required: false}\n", 2, "client")]
    [InlineData("fields:\n  headcount: {type: text, required: true}\n", 2, "headcount")]
    [InlineData("fields:\n  Matter: {type: text}\n", 2, "Matter")]
    [InlineData("fields:\n  matter: {required: true}\n", 2, "matter")]
    [InlineData("fields:\n  matter: {type: text, optional: true}\n", 2, "matter")]
    [InlineData("fields:\n  matter: text\n", 2, "matter")]
    [InlineData("field:\n  matter: {type: text}\n", 1, "fields")]
    public void SchemaLoad_Malformed_ErrorNamesLineFieldAndCode(string text, int line, string field)
    {
        var (schema, errors) = BriefSchemaLoader.Load(text, "firm/brief-schema.yaml");

        Assert.Null(schema);
        var error = Assert.Single(errors);
        Assert.Equal(line, error.Line);
        Assert.Equal(field, error.Field);
        Assert.StartsWith("firm/brief-schema.yaml:", error.ToString(), StringComparison.Ordinal);
        Assert.EndsWith("(NX0080)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SchemaLoad_FlowMapLeftOpen_SyntaxErrorNotException()
    {
        var (schema, errors) = BriefSchemaLoader.Load("fields:\n  matter: {type: text\n  client: {type: text}\n", "firm/brief-schema.yaml");

        Assert.Null(schema);
        var error = Assert.Single(errors);
        Assert.StartsWith("YAML syntax error: A flow list or map", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("firm/brief-schema.yaml:", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void SchemaLoad_Alias_RefusedWithCode()
    {
        var (schema, errors) = BriefSchemaLoader.Load("fields:\n  a: &x {type: text}\n  b: *x\n", "s.yaml");

        Assert.Null(schema);
        Assert.Contains("NX0080", Assert.Single(errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ForFirm_FolderWithoutSchema_EngineSchema()
    {
        var folder = Directory.CreateTempSubdirectory("nexus-schema-").FullName;
        try
        {
            var (schema, errors) = BriefSchemaLoader.ForFirm(folder);

            Assert.Empty(errors);
            Assert.Same(BriefSchema.Engine, schema);
            Assert.False(schema!.Field("stalled_pilot")!.Required);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }
}
