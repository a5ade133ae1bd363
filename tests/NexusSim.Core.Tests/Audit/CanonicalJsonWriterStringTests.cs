using System.Globalization;
using System.Text;
using NexusSim.Core.Audit;

namespace NexusSim.Core.Tests.Audit;

/// <summary>
/// The writer copies runs with nothing to escape whole: its strings must be exactly what escaping one
/// character at a time by the documented rules gives, or every stored audit hash would change.
/// </summary>
public sealed class CanonicalJsonWriterStringTests
{
    [Theory]
    [InlineData("")]
    [InlineData("plain text, nothing to escape")]
    [InlineData("\"quoted\" and \\back\\slashed\\")]
    [InlineData("line\nfeed\rreturn\ttab\u0001\u001f end")]
    [InlineData("\"")]
    [InlineData("ends with a control \u0007")]
    [InlineData("emoji 😀 then \"quote\"")]
    [InlineData("€, é, ß and — stay as they are")]
    public void Property_Strings_AreEscapedAsCharacterByCharacter(string value)
    {
        var writer = new CanonicalJsonWriter();
        writer.BeginObject();
        writer.Property("k", value);
        writer.EndObject();

        Assert.Equal("{\"k\":" + Reference(value) + "}", writer.ToString());
    }

    [Fact]
    public void Property_LoneSurrogates_AreEscapedAsCharacterByCharacter()
    {
        // Built in code, not as theory data: a lone surrogate in an attribute's string does not survive
        // the test runner's serialization (it arrives as U+FFFD, which tests nothing).
        foreach (var value in new[] { "broken \ud83d pair and lone \ude00 low", "\ude00\ud83d", "\ud83d", "end \ud83d" })
        {
            var writer = new CanonicalJsonWriter();
            writer.BeginObject();
            writer.Property("k", value);
            writer.EndObject();

            Assert.Contains("\\u", writer.ToString(), StringComparison.Ordinal);
            Assert.Equal("{\"k\":" + Reference(value) + "}", writer.ToString());
        }
    }

    [Fact]
    public void Property_SeededRandomStrings_AreEscapedAsCharacterByCharacter()
    {
        var random = new Random(20261206);
        char[] alphabet = ['a', 'Z', ' ', '"', '\\', '\n', '\r', '\t', '\u0000', '\u001f', '\u007f', 'é', '\ud83d', '\ude00', '€'];
        for (var round = 0; round < 2000; round++)
        {
            var value = new string([.. Enumerable.Range(0, random.Next(0, 24)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            var writer = new CanonicalJsonWriter();
            writer.BeginObject();
            writer.Property("k", value);
            writer.EndObject();

            Assert.Equal("{\"k\":" + Reference(value) + "}", writer.ToString());
        }
    }

    // The rules of CanonicalJsonWriter's summary, one character at a time.
    private static string Reference(string value)
    {
        var text = new StringBuilder("\"");
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var unpaired = char.IsHighSurrogate(c) ? i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1])
                : char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(value[i - 1]));
            text.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when c < ' ' || unpaired => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return text.Append('"').ToString();
    }
}
