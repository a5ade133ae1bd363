using System.Buffers;
using System.Globalization;
using System.Text;

namespace NexusSim.Core.Audit;

/// <summary>
/// A deliberately tiny JSON writer whose output is fixed by this code alone (not by an encoder's
/// escaping tables, which can change between runtime versions): no whitespace, properties in the
/// order written, strings escaped only where JSON requires it ('"', '\', control characters) plus
/// unpaired surrogates, everything else written as-is. Callers write properties in ordinal order.
/// </summary>
internal sealed class CanonicalJsonWriter
{
    // What a string may need escaped, apart from surrogates: '"', '\' and the control characters.
    private static readonly SearchValues<char> Escaped = SearchValues.Create("\"\\" + string.Concat(Enumerable.Range(0, 0x20).Select(c => (char)c)));

    private readonly StringBuilder _text;
    private bool _needsComma;

    /// <summary>A writer whose buffer starts at the default size.</summary>
    public CanonicalJsonWriter()
        : this(16)
    {
    }

    /// <summary>A writer whose buffer starts at <paramref name="capacity"/> characters (so that a text of about that size is written without growing).</summary>
    public CanonicalJsonWriter(int capacity) => _text = new StringBuilder(Math.Max(16, capacity));

    public void BeginObject()
    {
        _text.Append('{');
        _needsComma = false;
    }

    public void EndObject()
    {
        _text.Append('}');
        _needsComma = true;
    }

    public void Property(string name, string? value)
    {
        Name(name);
        if (value is null)
        {
            _text.Append("null");
        }
        else
        {
            String(value);
        }

        _needsComma = true;
    }

    public void Property(string name, long value)
    {
        Name(name);
        _text.Append(value.ToString(CultureInfo.InvariantCulture));
        _needsComma = true;
    }

    public void Property(string name, IReadOnlyDictionary<string, string> values)
    {
        Name(name);
        Data(values);
    }

    public void Data(IReadOnlyDictionary<string, string> values)
    {
        BeginObject();
        foreach (var key in values.Keys.Order(StringComparer.Ordinal))
        {
            Property(key, values[key]);
        }

        EndObject();
    }

    public override string ToString() => _text.ToString();

    private void Name(string name)
    {
        if (_needsComma)
        {
            _text.Append(',');
        }

        String(name);
        _text.Append(':');
    }

    private void String(string value)
    {
        _text.Append('"');
        if (value.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') >= 0)
        {
            // Rare (an emoji, a broken pair): every character is looked at.
            for (var i = 0; i < value.Length; i++)
            {
                Character(value, i);
            }
        }
        else
        {
            // Runs with nothing to escape are copied whole.
            var start = 0;
            int next;
            while ((next = value.AsSpan(start).IndexOfAny(Escaped)) >= 0)
            {
                _text.Append(value, start, next);
                Character(value, start + next);
                start += next + 1;
            }

            _text.Append(value, start, value.Length - start);
        }

        _text.Append('"');
    }

    private void Character(string value, int i)
    {
        var c = value[i];
        switch (c)
        {
            case '"':
                _text.Append("\\\"");
                break;
            case '\\':
                _text.Append("\\\\");
                break;
            case '\n':
                _text.Append("\\n");
                break;
            case '\r':
                _text.Append("\\r");
                break;
            case '\t':
                _text.Append("\\t");
                break;
            default:
                if (c < ' ' || IsUnpairedSurrogate(value, i))
                {
                    _text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                }
                else
                {
                    _text.Append(c);
                }

                break;
        }
    }

    private static bool IsUnpairedSurrogate(string value, int index)
    {
        var c = value[index];
        if (char.IsHighSurrogate(c))
        {
            return index + 1 >= value.Length || !char.IsLowSurrogate(value[index + 1]);
        }

        return char.IsLowSurrogate(c) && (index == 0 || !char.IsHighSurrogate(value[index - 1]));
    }
}
