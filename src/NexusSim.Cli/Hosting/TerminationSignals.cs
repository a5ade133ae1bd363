using System.Runtime.InteropServices;

namespace NexusSim.Cli.Hosting;

/// <summary>
/// Turns the first SIGINT (Ctrl+C) or SIGTERM (a service manager, <c>kill</c>, a container stop)
/// into a cancellation, so a run ends its step, writes what was done with status interrupted,
/// seals its trail, releases its lock and exits 130. A second signal is left to the default
/// handler, which ends the process at once.
/// </summary>
internal sealed class TerminationSignals : IDisposable
{
    private readonly CancellationTokenSource _cancel;
    private readonly List<PosixSignalRegistration> _registrations = [];

    public TerminationSignals(CancellationToken outer)
    {
        _cancel = CancellationTokenSource.CreateLinkedTokenSource(outer);
        foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM })
        {
            try
            {
                _registrations.Add(PosixSignalRegistration.Create(signal, OnSignal));
            }
            catch (PlatformNotSupportedException)
            {
                // No such signal here: the outer token still cancels.
            }
        }
    }

    /// <summary>Cancelled by the outer token or the first signal.</summary>
    public CancellationToken Token => _cancel.Token;

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        _cancel.Dispose();
    }

    private void OnSignal(PosixSignalContext context)
    {
        if (_cancel.IsCancellationRequested)
        {
            return;
        }

        context.Cancel = true;
        _cancel.Cancel();
    }
}
