using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace NexusSim.Storage.Tests.Support;

/// <summary>
/// Audit data that fails as soon as the journal serializes it: the journal has by then written the
/// step row, its artifacts and the step's earlier entries inside the transaction.
/// </summary>
internal sealed class ThrowingData : IReadOnlyDictionary<string, string>
{
    public int Count => throw Fail();

    public IEnumerable<string> Keys => throw Fail();

    public IEnumerable<string> Values => throw Fail();

    public string this[string key] => throw Fail();

    public bool ContainsKey(string key) => throw Fail();

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value) => throw Fail();

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => throw Fail();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static InjectedFailureException Fail() => new("injected failure while sealing an audit entry");
}
