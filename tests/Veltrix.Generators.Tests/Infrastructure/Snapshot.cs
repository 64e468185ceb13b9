using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Xunit;

namespace Veltrix.Generators.Tests.Infrastructure;

/// <summary>
/// Golden-file assertions: compares text with <c>Snapshots/&lt;Class&gt;.&lt;Test&gt;.verified.txt</c> beside the
/// test's source file. On a mismatch it writes <c>.received.txt</c> (git-ignored) and fails with a diff;
/// <c>VELTRIX_ACCEPT_SNAPSHOTS=1</c> rewrites the golden file instead, except when <c>CI=true</c>.
/// </summary>
internal static class Snapshot
{
    /// <summary>The environment variable that turns on accepting new output as the golden files.</summary>
    public const string AcceptVariable = "VELTRIX_ACCEPT_SNAPSHOTS";

    /// <summary>The most differing lines a failure message shows.</summary>
    public const int MaxDiffLines = 80;

    private const int ContextLines = 2;

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Whether this process runs in CI, where accepting snapshots is refused.</summary>
    public static bool IsCi => IsSet(Environment.GetEnvironmentVariable("CI"));

    /// <summary>Whether <see cref="AcceptVariable"/> asks to rewrite the golden files.</summary>
    public static bool AcceptRequested => IsSet(Environment.GetEnvironmentVariable(AcceptVariable));

    /// <summary>Compares <paramref name="actual"/> with the golden file of the calling test.</summary>
    /// <param name="actual">The text to check; line endings are normalised to <c>\n</c>.</param>
    /// <param name="sourceFilePath">Filled in by the compiler: the test's source file.</param>
    /// <param name="testName">Filled in by the compiler: the test method.</param>
    public static void Verify(string actual, [CallerFilePath] string sourceFilePath = "", [CallerMemberName] string testName = "")
    {
        var failure = Check(actual, VerifiedPath(sourceFilePath, testName), AcceptRequested, IsCi);
        if (failure is not null)
        {
            Assert.Fail(failure);
        }
    }

    /// <summary>Like <see cref="Verify"/>, but returns the failure instead of throwing, to report it with others.</summary>
    /// <param name="actual">The text to check; line endings are normalised to <c>\n</c>.</param>
    /// <param name="sourceFilePath">Filled in by the compiler: the test's source file.</param>
    /// <param name="testName">Filled in by the compiler: the test method.</param>
    /// <returns>Null when the text matches (or was accepted); otherwise the failure message.</returns>
    public static string? Mismatch(string actual, [CallerFilePath] string sourceFilePath = "", [CallerMemberName] string testName = "")
        => Check(actual, VerifiedPath(sourceFilePath, testName), AcceptRequested, IsCi);

    /// <summary>The golden file of a test: <c>&lt;dir of source&gt;/Snapshots/&lt;Class&gt;.&lt;Test&gt;.verified.txt</c>.</summary>
    /// <param name="sourceFilePath">The test's source file; its name (one class per file) is the class name.</param>
    /// <param name="testName">The test method.</param>
    /// <returns>The path.</returns>
    public static string VerifiedPath(string sourceFilePath, string testName)
    {
        var directory = Path.GetDirectoryName(sourceFilePath);
        if (string.IsNullOrEmpty(directory) || !Directory.Exists(directory))
        {
            throw new InvalidOperationException(
                $"The test source directory '{directory}' does not exist; snapshot tests must run from a checkout (CallerFilePath).");
        }

        var className = Path.GetFileNameWithoutExtension(sourceFilePath);
        return Path.Combine(directory, "Snapshots", $"{className}.{testName}.verified.txt");
    }

    /// <summary>The <c>.received.txt</c> file that goes with a golden file.</summary>
    /// <param name="verifiedPath">The golden file.</param>
    /// <returns>The path.</returns>
    public static string ReceivedPath(string verifiedPath)
        => string.Concat(verifiedPath.AsSpan(0, verifiedPath.Length - ".verified.txt".Length), ".received.txt");

    /// <summary>
    /// Compares <paramref name="actual"/> with the file at <paramref name="verifiedPath"/> and manages the received
    /// and golden files. Separated from <see cref="Verify"/> so that the rules can be tested without environment
    /// variables.
    /// </summary>
    /// <param name="actual">The text to check.</param>
    /// <param name="verifiedPath">The golden file.</param>
    /// <param name="accept">Whether to rewrite the golden file instead of failing.</param>
    /// <param name="isCi">Whether this runs in CI (accepting is then refused).</param>
    /// <returns>Null when the check passes; otherwise the failure message.</returns>
    public static string? Check(string actual, string verifiedPath, bool accept, bool isCi)
    {
        actual = NormalizeLineEndings(actual);
        if (!actual.EndsWith('\n'))
        {
            actual += "\n";
        }

        var receivedPath = ReceivedPath(verifiedPath);
        if (accept && isCi)
        {
            return $"{AcceptVariable} is set, but CI=true: golden files are never rewritten in CI. "
                + $"Run the tests locally with {AcceptVariable}=1, review the diff and commit it. ({Path.GetFileName(verifiedPath)})";
        }

        if (accept)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(verifiedPath)!);
            if (!File.Exists(verifiedPath) || NormalizeLineEndings(File.ReadAllText(verifiedPath)) != actual)
            {
                File.WriteAllText(verifiedPath, actual, Utf8NoBom);
            }

            File.Delete(receivedPath);
            return null;
        }

        if (!File.Exists(verifiedPath))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(verifiedPath)!);
            File.WriteAllText(receivedPath, actual, Utf8NoBom);
            return $"The golden file {verifiedPath} does not exist. The output was written to {receivedPath}; "
                + $"review it, then rerun with {AcceptVariable}=1 to accept it.";
        }

        var expected = NormalizeLineEndings(File.ReadAllText(verifiedPath));
        if (string.Equals(expected, actual, StringComparison.Ordinal))
        {
            File.Delete(receivedPath);
            return null;
        }

        File.WriteAllText(receivedPath, actual, Utf8NoBom);
        return $"The output differs from {verifiedPath}.\n"
            + $"The new output was written to {receivedPath}; if the change is intended, rerun with {AcceptVariable}=1.\n"
            + "(- golden, + received; line numbers of the golden/received file)\n"
            + Diff(expected, actual);
    }

    /// <summary>Replaces <c>\r\n</c> and lone <c>\r</c> with <c>\n</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text with <c>\n</c> line endings.</returns>
    public static string NormalizeLineEndings(string text)
        => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    /// <summary>A line diff of two texts: differing lines with a little context, at most <see cref="MaxDiffLines"/> differing lines.</summary>
    /// <param name="expected">The golden text.</param>
    /// <param name="actual">The new text.</param>
    /// <returns>The diff.</returns>
    public static string Diff(string expected, string actual)
    {
        var lines = InlineDiffBuilder.Diff(expected, actual, ignoreWhiteSpace: false).Lines;
        var show = new bool[lines.Count];
        var changed = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Type is ChangeType.Unchanged)
            {
                continue;
            }

            changed++;
            for (var j = Math.Max(0, i - ContextLines); j <= Math.Min(lines.Count - 1, i + ContextLines); j++)
            {
                show[j] = true;
            }
        }

        var builder = new StringBuilder();
        var oldLine = 0;
        var newLine = 0;
        var shownChanges = 0;
        var previousShown = true;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            string marker;
            string number;
            switch (line.Type)
            {
                case ChangeType.Deleted:
                    oldLine++;
                    marker = "- ";
                    number = oldLine.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    break;
                case ChangeType.Inserted:
                    newLine++;
                    marker = "+ ";
                    number = newLine.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    break;
                default:
                    oldLine++;
                    newLine++;
                    marker = "  ";
                    number = newLine.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    break;
            }

            if (!show[i])
            {
                previousShown = false;
                continue;
            }

            if (line.Type is not ChangeType.Unchanged)
            {
                if (shownChanges == MaxDiffLines)
                {
                    builder.Append("… ").Append(changed - shownChanges).Append(" more differing lines; see the received file\n");
                    break;
                }

                shownChanges++;
            }

            if (!previousShown)
            {
                builder.Append("  ...\n");
            }

            builder.Append(marker).Append(number.PadLeft(5)).Append(" | ").Append(line.Text).Append('\n');
            previousShown = true;
        }

        return builder.ToString();
    }

    private static bool IsSet(string? value)
        => string.Equals(value, "1", StringComparison.Ordinal) || string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);
}
