using Spectre.Console;

namespace NexusSim.Cli.Tests.Support;

/// <summary>Keys typed at the console, in order; reading past the script fails the test loudly.</summary>
internal sealed class ScriptedInput : IAnsiConsoleInput
{
    private readonly Queue<ConsoleKeyInfo> _keys = new();

    /// <summary>Called before each key is handed out (for example to cancel a run mid-prompt).</summary>
    public Action? OnRead { get; set; }

    /// <summary>When set, a read past the script blocks until it is set (a terminal nobody types at), then fails.</summary>
    public ManualResetEventSlim? HoldWhenEmpty { get; set; }

    /// <summary>Keys read so far.</summary>
    public int Read { get; private set; }

    public ScriptedInput Key(ConsoleKey key)
    {
        _keys.Enqueue(new ConsoleKeyInfo(key == ConsoleKey.Enter ? '\r' : '\0', key, shift: false, alt: false, control: false));
        return this;
    }

    public ScriptedInput Text(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var c in text)
        {
            var key = char.IsAsciiLetter(c) ? ConsoleKey.A + (char.ToUpperInvariant(c) - 'A') : c == ' ' ? ConsoleKey.Spacebar : ConsoleKey.Oem1;
            _keys.Enqueue(new ConsoleKeyInfo(c, key, shift: char.IsUpper(c), alt: false, control: false));
        }

        return this;
    }

    /// <summary>Text then Enter.</summary>
    public ScriptedInput Line(string text) => Text(text).Key(ConsoleKey.Enter);

    public bool IsKeyAvailable() => _keys.Count > 0;

    public ConsoleKeyInfo? ReadKey(bool intercept)
    {
        OnRead?.Invoke();
        if (_keys.Count == 0 && HoldWhenEmpty is { } hold)
        {
            // A person who never presses a key: the read blocks until the test lets go.
            hold.Wait();
        }

        if (_keys.Count == 0)
        {
            throw new InvalidOperationException($"The console asked for key {Read + 1}, but the test scripted only {Read}.");
        }

        Read++;
        return _keys.Dequeue();
    }

    public Task<ConsoleKeyInfo?> ReadKeyAsync(bool intercept, CancellationToken cancellationToken) => Task.FromResult(ReadKey(intercept));
}
