namespace Veltrix.Analyzers.Usage;

/// <summary>One role VLX3006 can suggest: its option, default name patterns, attribute and the member types it fits.</summary>
internal sealed class RoleSuggestion
{
    /// <summary>Creates a role suggestion.</summary>
    /// <param name="option">The <c>.editorconfig</c> option holding its name patterns.</param>
    /// <param name="defaultPatterns">The documented default patterns.</param>
    /// <param name="attributeName">The attribute's short name (<c>Timeout</c>).</param>
    /// <param name="description">What the setting is, for the message (<c>timeout</c>).</param>
    /// <param name="isDuration">True when the role fits <c>TimeSpan</c> members, false for whole numbers.</param>
    public RoleSuggestion(string option, string defaultPatterns, string attributeName, string description, bool isDuration)
    {
        Option = option;
        DefaultPatterns = defaultPatterns;
        AttributeName = attributeName;
        Description = description;
        IsDuration = isDuration;
    }

    /// <summary>The option name (<c>timeout_names</c>).</summary>
    public string Option { get; }

    /// <summary>The default pattern list.</summary>
    public string DefaultPatterns { get; }

    /// <summary>The attribute's short name.</summary>
    public string AttributeName { get; }

    /// <summary>The role in words.</summary>
    public string Description { get; }

    /// <summary>Whether the role is a duration (<c>TimeSpan</c>) rather than a count.</summary>
    public bool IsDuration { get; }

    /// <summary>The attribute's metadata name.</summary>
    public string AttributeMetadataName => "Veltrix." + AttributeName + "Attribute";
}
