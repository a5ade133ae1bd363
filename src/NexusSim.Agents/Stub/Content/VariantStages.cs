namespace NexusSim.Agents.Stub.Content;

/// <summary>Reads a <c>## variant</c> line's tag, checks tags on load, and picks the variants a draft may use.</summary>
internal static class VariantStages
{
    /// <summary>The tag words, as written after <c>## variant</c>.</summary>
    public const string LiveTag = "live";

    /// <summary>The tag for text about a launch still to come.</summary>
    public const string PreLiveTag = "pre-live";

    /// <summary>The stage a <c>## variant</c> line's tag names (empty tag: any).</summary>
    /// <exception cref="ContentLibraryException">The tag is not one of the known tags.</exception>
    public static VariantStage Parse(string tag, string filePath, int line) => tag.Trim() switch
    {
        "" => VariantStage.Any,
        LiveTag => VariantStage.Live,
        PreLiveTag => VariantStage.PreLive,
        var other => throw new ContentLibraryException(filePath, line,
            $"Unknown variant tag '{other}'; write '{ContentFileParser.VariantHeading}', '{ContentFileParser.VariantHeading} {LiveTag}' or '{ContentFileParser.VariantHeading} {PreLiveTag}'."),
    };

    /// <summary>Only section variants carry tags, and never the generic fallback's (every deliverable may need it).</summary>
    public static void Check(ContentBlock block)
    {
        var tagged = block.Variants.Where(v => v.Stage != VariantStage.Any).ToList();
        if (tagged.Count == 0)
        {
            return;
        }

        if (block.Kind is not ("section" or SectionVariants.Kind) || block.Name == SectionTemplate.Generic)
        {
            throw new ContentLibraryException(tagged[0].FilePath, tagged[0].FirstLine - 1,
                $"Only section variants take a tag ('{LiveTag}' or '{PreLiveTag}'); block '{block.Kind}: {block.Name}' is not a section with a heading of its own.");
        }
    }

    /// <summary>
    /// The variants a deliverable may use: untagged ones and those tagged for its side of the live
    /// phase; when a section has none (all its text is about live operation, say), the generic
    /// fallback's, never text from the wrong phase.
    /// </summary>
    public static IReadOnlyList<ContentVariant> For(IReadOnlyList<ContentVariant> variants, IReadOnlyList<ContentVariant> fallback, bool live)
    {
        var fitting = variants.Where(v => Fits(v, live)).ToList();
        return fitting.Count > 0 ? fitting : [.. fallback.Where(v => Fits(v, live))];
    }

    /// <summary>True when a deliverable on <paramref name="live"/>'s side of the live phase may use the variant.</summary>
    public static bool Fits(ContentVariant variant, bool live) => variant.Stage switch
    {
        VariantStage.Live => live,
        VariantStage.PreLive => !live,
        _ => true,
    };
}
