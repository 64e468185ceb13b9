namespace Veltrix.Tests.Parity;

/// <summary>A scalar, held as the text a user would write.</summary>
internal sealed class InputValue(string text, JsonForm form) : InputNode
{
    /// <summary>The JSON literal <c>null</c>.</summary>
    public static InputValue Null { get; } = new(string.Empty, JsonForm.Null);

    public string Text { get; } = text;

    public JsonForm Form { get; } = form;

    // The process environment cannot hold an empty value: setting one removes the variable.
    public override bool IsEnvironmentRepresentable => Form != JsonForm.Null && Text.Length > 0;
}
