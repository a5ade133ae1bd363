namespace NexusSim.Cli.Running;

/// <summary>Removes the API key from text shown to the user (a provider's error answer may echo it back).</summary>
internal static class SecretRedactor
{
    /// <summary>What replaces a secret.</summary>
    public const string Mask = "[redacted]";

    /// <summary>
    /// <paramref name="text"/> with every occurrence of <paramref name="secret"/> replaced by <see cref="Mask"/>,
    /// and the word after any "Bearer " masked too; an empty or very short secret is not searched for.
    /// </summary>
    public static string Redact(string text, string? secret)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = string.IsNullOrEmpty(secret) || secret.Length < 4 ? text : text.Replace(secret, Mask, StringComparison.Ordinal);
        var at = 0;
        while ((at = result.IndexOf("Bearer ", at, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            var start = at + "Bearer ".Length;
            var end = start;
            while (end < result.Length && !char.IsWhiteSpace(result[end]) && result[end] is not '"' and not '\'')
            {
                end++;
            }

            result = string.Concat(result.AsSpan(0, start), Mask, result.AsSpan(end));
            at = start + Mask.Length;
        }

        return result;
    }
}
