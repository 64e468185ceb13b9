using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;
using Veltrix.Analyzers.Diagnostics;
using Veltrix.Analyzers.Settings;

namespace Veltrix.CodeFixes.Settings;

/// <summary>
/// Replaces a setting's value with the one its rule names (the value the analyzer put in
/// <see cref="SettingValuesAnalyzer.SuggestedValueProperty"/>): a zero cache size set to the suggested size, a cache
/// size or queue clamped to its ceiling, a zero TTL or one below the floor raised to the floor, a zero count raised to
/// 1 (a negative retry count to 0), an infinite or zero timeout set to the suggested timeout, a sliding expiration
/// lowered to the absolute one, a retry count lowered to what fits in the overall timeout. Writes an integer literal,
/// or a <c>TimeSpan.FromX(n)</c> call (a string for <c>[DefaultValue(typeof(TimeSpan), "…")]</c>); offers nothing
/// where the result would not compile (a <c>TimeSpan</c> parameter default must stay <c>default</c>).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ClampSettingCodeFix))]
[Shared]
public sealed class ClampSettingCodeFix : CodeFixProvider
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
    [
        DiagnosticIds.CacheSizeNotPositive,
        DiagnosticIds.CacheSizeAboveCeiling,
        DiagnosticIds.CacheTtlNotPositive,
        DiagnosticIds.CacheTtlBelowFloor,
        DiagnosticIds.SlidingExpirationExceedsAbsolute,
        DiagnosticIds.ConcurrencyNotPositive,
        DiagnosticIds.ConcurrencyAboveCeiling,
        DiagnosticIds.UnboundedQueueBeforeBoundedPool,
        DiagnosticIds.TimeoutInfiniteOrZero,
        DiagnosticIds.RetriesExceedOverallTimeout,
    ];

    /// <inheritdoc/>
    /// <remarks>
    /// Every diagnostic in scope is fixed with its own suggested value, whatever the equivalence key: the built-in batch
    /// fixer keeps only the actions whose key matches the one Fix All was started from, and <c>dotnet format
    /// analyzers</c> starts it with none, so it applied nothing.
    /// </remarks>
    public override FixAllProvider GetFixAllProvider()
        => FixAllProvider.Create(static async (context, document, diagnostics) =>
        {
            var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return document;
            }

            var replacements = new Dictionary<SyntaxNode, ExpressionSyntax>();
            foreach (var diagnostic in diagnostics)
            {
                if (TryFix(root, diagnostic, out var expression, out var replacement, out _))
                {
                    replacements[expression] = replacement;
                }
            }

            return replacements.Count == 0
                ? document
                : document.WithSyntaxRoot(root.ReplaceNodes(replacements.Keys, (original, _) => replacements[original].WithTriviaFrom(original)));
        });

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (!TryFix(root, diagnostic, out var expression, out var replacement, out var title))
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    title,
                    cancellationToken => ReplaceAsync(context.Document, expression, replacement, cancellationToken),
                    equivalenceKey: nameof(ClampSettingCodeFix) + diagnostic.Id),
                diagnostic);
        }
    }

    /// <summary>The written value to replace, its replacement and the action's title, or false when no fix applies.</summary>
    private static bool TryFix(SyntaxNode root, Diagnostic diagnostic, out ExpressionSyntax expression, out ExpressionSyntax replacement, out string title)
    {
        expression = null!;
        replacement = null!;
        title = string.Empty;
        if (!diagnostic.Properties.TryGetValue(SettingValuesAnalyzer.SuggestedValueProperty, out var text)
            || !long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var suggested)
            || !diagnostic.Properties.TryGetValue(SettingValuesAnalyzer.UnitProperty, out var unit)
            || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax found
            || Replacement(found, unit, suggested) is not { } written)
        {
            return false;
        }

        expression = found;
        replacement = written;
        var shown = unit == "TimeSpan" ? new TimeSpan(suggested).ToString("c", CultureInfo.InvariantCulture) : Grouped(suggested);
        title = "Set to " + shown + (unit == "Milliseconds" ? " ms" : string.Empty);
        return true;
    }

    private static async Task<Document> ReplaceAsync(Document document, ExpressionSyntax expression, ExpressionSyntax replacement, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        return root is null ? document : document.WithSyntaxRoot(root.ReplaceNode(expression, replacement.WithTriviaFrom(expression)));
    }

    private static ExpressionSyntax? Replacement(ExpressionSyntax expression, string? unit, long value)
    {
        if (unit != "TimeSpan")
        {
            return value is >= int.MinValue and <= int.MaxValue
                ? SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(Grouped(value), (int)value))
                : SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(Grouped(value) + "L", value));
        }

        if (expression.Parent is AttributeArgumentSyntax)
        {
            // [DefaultValue(typeof(TimeSpan), "…")]: attribute arguments must be constants.
            var textValue = new TimeSpan(value).ToString("c", CultureInfo.InvariantCulture);
            return SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(textValue));
        }

        if (expression.Parent is EqualsValueClauseSyntax { Parent: ParameterSyntax })
        {
            // A TimeSpan parameter default can only be default: no fix compiles there.
            return null;
        }

        var (factory, amount) = value % TimeSpan.TicksPerDay == 0 ? ("FromDays", value / TimeSpan.TicksPerDay)
            : value % TimeSpan.TicksPerHour == 0 ? ("FromHours", value / TimeSpan.TicksPerHour)
            : value % TimeSpan.TicksPerMinute == 0 ? ("FromMinutes", value / TimeSpan.TicksPerMinute)
            : value % TimeSpan.TicksPerSecond == 0 ? ("FromSeconds", value / TimeSpan.TicksPerSecond)
            : value % TimeSpan.TicksPerMillisecond == 0 ? ("FromMilliseconds", value / TimeSpan.TicksPerMillisecond)
            : ("FromTicks", value);
        // The type name carries the annotation: the simplifier then writes TimeSpan where System is imported.
        var timeSpan = SyntaxFactory.ParseTypeName("global::System.TimeSpan").WithAdditionalAnnotations(Simplifier.Annotation);
        return SyntaxFactory.InvocationExpression(
            SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, timeSpan, SyntaxFactory.IdentifierName(factory)),
            SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(
                SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, amount <= int.MaxValue ? SyntaxFactory.Literal((int)amount) : SyntaxFactory.Literal(amount))))));
    }

    /// <summary>Digits grouped by thousands with underscores (<c>10_000_000</c>) so that the magnitude reads at a glance.</summary>
    private static string Grouped(long value)
    {
        var digits = value.ToString(CultureInfo.InvariantCulture);
        return value is > -10_000 and < 10_000 ? digits : value.ToString("#,0", CultureInfo.InvariantCulture).Replace(",", "_");
    }
}
