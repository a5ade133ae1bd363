using System.Reflection;
using NexusSim.Core.Engagements;

namespace NexusSim.Core.Tests.Engagements;

/// <summary>One path for state: outside Core, nothing but the action bodies can change an engagement's state.</summary>
public sealed class StateSurfaceTests
{
    private static readonly Type[] StateTypes = [typeof(EngagementState), typeof(DeliverableState)];

    public static TheoryData<string> PublicMembers()
    {
        var data = new TheoryData<string>();
        foreach (var type in StateTypes)
        {
            foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Where(m => !m.IsSpecialName))
            {
                data.Add($"{type.Name}.{method.Name}");
            }
        }

        return data;
    }

    [Fact]
    public void PublicSurface_StateTypes_HaveNoPublicSetter()
    {
        var setters = StateTypes
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            .Where(p => p.SetMethod is { IsPublic: true })
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}")
            .ToList();

        Assert.Empty(setters);
    }

    [Theory]
    [MemberData(nameof(PublicMembers))]
    public void PublicSurface_StateMethod_IsAReadNotAMutator(string member)
    {
        // A public method of the state types is a query: it returns something and its name asks.
        string[] queryPrefixes = ["Find", "AttemptsAt", "PassedGate", "ResolutionOf", "Get", "ToString", "Equals"];

        Assert.Contains(queryPrefixes, prefix => member.Split('.')[1].StartsWith(prefix, StringComparison.Ordinal));
    }

    [Fact]
    public void PublicSurface_Core_HasNoPublicMethodThatMarksGatesPassedOrEscalated()
    {
        var offenders = typeof(EngagementState).Assembly.GetExportedTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => !m.IsSpecialName && (m.Name.StartsWith("Mark", StringComparison.Ordinal) || m.Name.Contains("GatesPassed", StringComparison.Ordinal)))
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}")
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void GatesPassedHash_HasNoSetterAtAll_DerivedFromVerdicts()
    {
        var property = typeof(DeliverableState).GetProperty(nameof(DeliverableState.GatesPassedHash))!;

        Assert.Null(property.SetMethod);
        Assert.Null(typeof(DeliverableState).GetProperty(nameof(DeliverableState.Status))!.SetMethod);
    }
}
