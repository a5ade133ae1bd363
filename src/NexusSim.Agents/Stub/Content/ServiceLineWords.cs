namespace NexusSim.Agents.Stub.Content;

/// <summary>
/// The <c>service-lines:</c> attribute a content block (a key-facts set, a section) uses to say which service
/// lines it is written for: words of the lines' names, each matched as whole words of a line's name, any case.
/// </summary>
internal static class ServiceLineWords
{
    /// <summary>The attribute's name.</summary>
    public const string Key = "service-lines";

    /// <summary>Whether one of <paramref name="words"/> names whole words of the service line named <paramref name="serviceLineName"/>.</summary>
    public static bool Fit(IReadOnlyList<string> words, string serviceLineName)
    {
        var name = " " + SectionMatcher.Key(serviceLineName) + " ";
        return words.Select(SectionMatcher.Key).Any(k => k.Length > 0 && name.Contains(" " + k + " ", StringComparison.Ordinal));
    }
}
