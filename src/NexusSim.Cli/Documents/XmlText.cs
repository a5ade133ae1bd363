namespace NexusSim.Cli.Documents;

/// <summary>
/// Text made safe for an XML 1.0 document: the control characters XML forbids (a brief or a model can
/// carry them, e.g. an ESC in a client name), U+FFFE/U+FFFF and unpaired surrogates are dropped.
/// </summary>
internal static class XmlText
{
    public static string Safe(string text) =>
        UnicodeFilter.Without(text, static c => !(c is '\t' or '\n' or '\r' || (c >= 0x20 && c != '\uFFFE' && c != '\uFFFF')));
}
