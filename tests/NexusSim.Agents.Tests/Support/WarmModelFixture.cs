using NexusSim.Agents.Metering;

namespace NexusSim.Agents.Tests.Support;

/// <summary>Loads the o200k tokenizer and the content library once, outside any test's timing.</summary>
public sealed class WarmModelFixture
{
    public WarmModelFixture()
    {
        _ = TokenCounter.Count("warm up");
        _ = ContentSamples.Library;
        _ = RepoFiles.ShippedManifest;
    }
}
