namespace Veltrix.Compatibility.Tests.Infrastructure;

/// <summary>
/// One options class of a corpus project with the section it binds: <see cref="CorpusRoot{T}"/> closes the
/// generic calls that both binders need over a concrete type.
/// </summary>
public abstract class CorpusRoot
{
    /// <summary>The options class.</summary>
    public abstract Type Type { get; }

    /// <summary>The section it binds ("" for the root).</summary>
    public abstract string Section { get; }

    /// <summary>Binds the inputs with Veltrix's builder.</summary>
    public abstract BindOutcome BindVeltrix(StackInputs inputs);

    /// <summary>The keys Veltrix reports as unknown (ignored, with a "did you mean") when it loads the files alone.</summary>
    public abstract IReadOnlyList<ConfigError> FindUnknownKeys(IReadOnlyList<string> files);

    /// <summary>Binds the inputs with <c>ConfigurationBinder.Get&lt;T&gt;()</c>.</summary>
    public abstract BindOutcome BindConfigurationBinder(StackInputs inputs);

    /// <inheritdoc/>
    public override string ToString() => Type.Name;
}
