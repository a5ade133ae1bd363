using NexusSim.Core.Briefs;

namespace NexusSim.Agents.Prompts;

/// <summary>
/// The datamarked brief block of one engagement's prompts, rendered once per brief instead of on
/// every turn (<see cref="BriefBlock.Render"/> is a pure function of the brief). One per
/// <see cref="PromptBuilder"/>; a different brief instance is rendered anew. Every turn also sends
/// the same string instance, which the token counts remember by instance.
/// </summary>
internal sealed class RenderedBrief
{
    private Tuple<Brief, string>? _last;

    /// <summary>The block of <paramref name="brief"/> followed by a line feed.</summary>
    public string For(Brief brief)
    {
        if (_last is { } last && ReferenceEquals(last.Item1, brief))
        {
            return last.Item2;
        }

        var text = BriefBlock.Render(brief) + "\n";
        _last = Tuple.Create(brief, text);
        return text;
    }
}
