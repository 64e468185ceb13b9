using System.Text;

namespace Veltrix.Tests.Binding;

/// <summary>A unique temporary directory for a test's real JSON files; deleted on dispose.</summary>
public sealed class TempDirectory : IDisposable
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public TempDirectory()
    {
        DirectoryPath = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "veltrix-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(DirectoryPath);
    }

    /// <summary>The full path of the directory.</summary>
    public string DirectoryPath { get; }

    /// <summary>Writes (or overwrites) a file with LF line endings and returns its full path.</summary>
    public string Write(string fileName, string content)
    {
        var path = System.IO.Path.Combine(DirectoryPath, fileName);
        File.WriteAllText(path, content.ReplaceLineEndings("\n"), Utf8NoBom);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(DirectoryPath, recursive: true);
        }
        catch (IOException)
        {
            // A file still open elsewhere: the OS temp cleaner gets it later.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
