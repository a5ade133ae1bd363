using NexusSim.Agents.Prompts;
using NexusSim.Core.Briefs;

namespace NexusSim.Agents.Tests.Prompts;

public sealed class BriefBlockFirmFieldsTests
{
    private const string Text =
        "client: Acme\nindustry: Retail\nregion: Spain\nheadcount: 800\nsituation: Wants agents.\nconstraints:\n  - None\nbudget_usd: 200000\n";

    [Fact]
    public void Render_FirmFieldsAndNoStalledPilot_FirmFieldsDatamarkedNoEmptyPilotLine()
    {
        var (schema, _) = BriefSchemaLoader.Load("fields:\n  matter_number: {type: integer}\n", "s.yaml");
        var brief = BriefLoader.Load(Text + "matter_number: 4711\n", "b.yaml", schema).Brief!;

        var block = BriefBlock.Render(brief);
        var read = BriefBlock.Read(block);

        Assert.Equal("4711", read["matter_number"]);
        Assert.False(read.ContainsKey("stalled_pilot"));
    }
}
