using System.Collections.Concurrent;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace NexusSim.Agents.Actions;

/// <summary>
/// What a firm kernel's <see cref="Microsoft.SemanticKernel.Kernel.Services"/> offers: its model's chat
/// client (none for a turn kernel, which engagements share and whose turns bring their own, see
/// <see cref="TurnKernelPool"/>), the logger factory, and an empty list for any list of services asked for (the kernel asks for
/// its filters that way; the firm adds its filter to the kernel itself). Nothing else is registered, so
/// anything else resolves to null, as it would from an empty container.
/// </summary>
/// <remarks>
/// <c>Kernel.CreateBuilder().Build()</c> gives every kernel a dependency-injection container of its own,
/// which compiles an accessor (IL emitted, then JIT-compiled) for each service the second time it is
/// asked for. An engagement builds a kernel per actor, so every engagement of an experiment paid for
/// those compilations again (about 3 % of an experiment's CPU time, in the profile); a lookup here is
/// two type comparisons.
/// </remarks>
internal sealed class KernelServices : IServiceProvider
{
    private static readonly ConcurrentDictionary<Type, Array> EmptyLists = new();

    private readonly IChatClient? _chatClient;
    private readonly ILoggerFactory? _loggerFactory;

    public KernelServices(IChatClient? chatClient, ILoggerFactory? loggerFactory)
    {
        _chatClient = chatClient;
        _loggerFactory = loggerFactory;
    }

    public object? GetService(Type serviceType)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        if (serviceType == typeof(IChatClient))
        {
            return _chatClient;
        }

        if (serviceType == typeof(ILoggerFactory))
        {
            return _loggerFactory;
        }

        return serviceType.IsConstructedGenericType && serviceType.GetGenericTypeDefinition() == typeof(IEnumerable<>)
            ? EmptyLists.GetOrAdd(serviceType, static type => Array.CreateInstance(type.GenericTypeArguments[0], 0))
            : null;
    }
}
