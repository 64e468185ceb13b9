using Microsoft.CodeAnalysis;

namespace Veltrix.Analyzers.Rules;

/// <summary>
/// One broken rule, as a value: the caller maps <see cref="MemberIndex"/> back to where the value was written
/// (an initializer, a constructor default, an attribute argument, a JSON token; the member's declaration when its
/// value is implicit, a nullable member without an initializer) and reports <see cref="Descriptor"/> there with
/// <see cref="MessageArguments"/>.
/// </summary>
internal readonly struct RuleViolation
{
    /// <summary>Creates a violation.</summary>
    /// <param name="descriptor">The rule broken.</param>
    /// <param name="memberIndex">The index, in the list given to <see cref="SettingRules.Check"/>, of the member to report on.</param>
    /// <param name="suggestedValue">
    /// The value a code fix should write, in the member's unit (see <see cref="SettingValue.Unit"/>) — in place of the
    /// written value, or as the initializer of a member that has none; null when no fix is clear.
    /// </param>
    /// <param name="messageArguments">The arguments of <paramref name="descriptor"/>'s message format.</param>
    public RuleViolation(DiagnosticDescriptor descriptor, int memberIndex, long? suggestedValue, object[] messageArguments)
    {
        Descriptor = descriptor;
        MemberIndex = memberIndex;
        SuggestedValue = suggestedValue;
        MessageArguments = messageArguments;
    }

    /// <summary>The rule broken.</summary>
    public DiagnosticDescriptor Descriptor { get; }

    /// <summary>The index of the offending member in the section list given to <see cref="SettingRules.Check"/>.</summary>
    public int MemberIndex { get; }

    /// <summary>The value a code fix writes (in the member's unit), or null when no single fix is right.</summary>
    public long? SuggestedValue { get; }

    /// <summary>The message-format arguments.</summary>
    public object[] MessageArguments { get; }

    /// <summary>
    /// For a minimum above its maximum paired by name only: the member a code fix names in an <c>[AtMost]</c> added to
    /// the reported member; null otherwise.
    /// </summary>
    public string? SuggestedAtMost { get; init; }
}
