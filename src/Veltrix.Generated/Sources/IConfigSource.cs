namespace Veltrix;

/// <summary>
/// A source of configuration keys and values: a JSON file, environment variables, the command line, a store.
/// </summary>
/// <remarks>
/// <see cref="Load"/> runs on every build and on every reload that loads (a reload in which every source says its data
/// is unchanged loads none, see <see cref="IVersionedConfigSource"/>), in the order sources were added; later sources
/// override earlier ones key by key. A source reports problems through
/// <see cref="ConfigDataBuilder.AddError"/> rather than throwing, so that one load lists every problem;
/// a load with any problem never replaces the current snapshot.
/// </remarks>
public interface IConfigSource
{
    /// <summary>A short description used in messages, such as the file path.</summary>
    string Name { get; }

    /// <summary>Writes this source's keys and values into <paramref name="builder"/>.</summary>
    /// <param name="builder">The data of every source loaded so far.</param>
    void Load(ConfigDataBuilder builder);
}
