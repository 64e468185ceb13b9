using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
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
/// Writes the value a setting's rule names (the value the analyzer put in
/// <see cref="SettingValuesAnalyzer.SuggestedValueProperty"/>): a zero cache size set to the suggested size, a cache
/// size or queue clamped to its ceiling, a zero TTL or one below the floor raised to the floor, a zero count raised to
/// 1 (a negative retry count to 0), an infinite or zero timeout set to the suggested timeout, a sliding expiration
/// lowered to the absolute one, a retry count lowered to what fits in the overall timeout, an unbounded cache given
/// the suggested size (or, with no size member, the suggested TTL), a null queue in front of a pool given the queue
/// ceiling. Writes an integer literal, or a <c>TimeSpan.FromX(n)</c> call (a string for
/// <c>[DefaultValue(typeof(TimeSpan), "…")]</c>), in place of the value written or, for a nullable auto-property with
/// none, as its initializer; offers nothing where the result would not compile (a <c>TimeSpan</c> parameter default
/// must stay <c>default</c>, a property with accessor bodies takes no initializer).
/// </summary>
/// <remarks>
/// The edits are also <see cref="RelationCodeFix"/>'s for a declared relation (VLX2003): <c>dotnet format</c> takes
/// one provider per diagnostic ID, so that ID has a single provider, which calls <see cref="TryCreateEdit"/> here.
/// </remarks>
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
        DiagnosticIds.CacheUnbounded,
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

            var edits = new Dictionary<SyntaxNode, ValueEdit>();
            foreach (var diagnostic in diagnostics)
            {
                if (TryCreateEdit(root, diagnostic, out var edit))
                {
                    edits[edit.Target] = edit;
                }
            }

            return edits.Count == 0
                ? document
                : document.WithSyntaxRoot(root.ReplaceNodes(edits.Keys, (original, current) => edits[original].ApplyTo(current)));
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
            if (!TryCreateEdit(root, diagnostic, out var edit))
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    edit.Title,
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(edit.Target, edit.ApplyTo(edit.Target)))),
                    equivalenceKey: nameof(ClampSettingCodeFix) + diagnostic.Id),
                diagnostic);
        }
    }

    /// <summary>
    /// The edit that writes <paramref name="diagnostic"/>'s suggested value: in place of the value it is reported on, or
    /// as the initializer of the property it is reported on when that property has no value written.
    /// </summary>
    /// <param name="root">The document's root.</param>
    /// <param name="diagnostic">A diagnostic of <see cref="SettingValuesAnalyzer"/>.</param>
    /// <param name="edit">The edit.</param>
    /// <returns>False when the diagnostic suggests no value or the value cannot be written there.</returns>
    internal static bool TryCreateEdit(SyntaxNode root, Diagnostic diagnostic, out ValueEdit edit)
    {
        edit = default;
        if (!diagnostic.Properties.TryGetValue(SettingValuesAnalyzer.SuggestedValueProperty, out var text)
            || !long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var suggested)
            || !diagnostic.Properties.TryGetValue(SettingValuesAnalyzer.UnitProperty, out var unit))
        {
            return false;
        }

        var span = diagnostic.Location.SourceSpan;
        SyntaxNode target;
        ExpressionSyntax? written;
        if (root.FindToken(span.Start).Parent is PropertyDeclarationSyntax property && property.Identifier.Span == span)
        {
            target = property;
            written = TakesInitializer(property) ? Replacement(null, unit, suggested) : null;
        }
        else if (root.FindNode(span, getInnermostNodeForTie: true) is ExpressionSyntax expression)
        {
            target = expression;
            written = Replacement(expression.Parent, unit, suggested);
        }
        else
        {
            return false;
        }

        if (written is null)
        {
            return false;
        }

        var shown = unit == "TimeSpan" ? new TimeSpan(suggested).ToString("c", CultureInfo.InvariantCulture) : Grouped(suggested);
        edit = new ValueEdit(target, written, "Set to " + shown + (unit == "Milliseconds" ? " ms" : string.Empty));
        return true;
    }

    /// <summary>
    /// Whether <paramref name="property"/> can be given an initializer: an auto-property without one (no accessor
    /// bodies, not abstract or partial), in a class or in a struct that declares a constructor (C# requires one there).
    /// </summary>
    private static bool TakesInitializer(PropertyDeclarationSyntax property)
    {
        if (property.Initializer is not null || property.AccessorList is not { } accessors
            || property.Modifiers.Any(SyntaxKind.AbstractKeyword) || property.Modifiers.Any(SyntaxKind.ExternKeyword) || property.Modifiers.Any(SyntaxKind.PartialKeyword))
        {
            return false;
        }

        foreach (var accessor in accessors.Accessors)
        {
            if (accessor.Body is not null || accessor.ExpressionBody is not null)
            {
                return false;
            }
        }

        return property.Parent switch
        {
            ClassDeclarationSyntax => true,
            RecordDeclarationSyntax record when !record.ClassOrStructKeyword.IsKind(SyntaxKind.StructKeyword) => true,
            TypeDeclarationSyntax type => type.ParameterList is not null || DeclaresConstructor(type),
            _ => false,
        };
    }

    private static bool DeclaresConstructor(TypeDeclarationSyntax type)
    {
        foreach (var member in type.Members)
        {
            if (member is ConstructorDeclarationSyntax constructor && !constructor.Modifiers.Any(SyntaxKind.StaticKeyword))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The expression that writes <paramref name="value"/> where <paramref name="site"/> (the parent of the value replaced; null for a new initializer) allows it.</summary>
    private static ExpressionSyntax? Replacement(SyntaxNode? site, string? unit, long value)
    {
        if (unit != "TimeSpan")
        {
            return value is >= int.MinValue and <= int.MaxValue
                ? SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(Grouped(value), (int)value))
                : SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(Grouped(value) + "L", value));
        }

        if (site is AttributeArgumentSyntax)
        {
            // [DefaultValue(typeof(TimeSpan), "…")]: attribute arguments must be constants.
            var textValue = new TimeSpan(value).ToString("c", CultureInfo.InvariantCulture);
            return SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(textValue));
        }

        if (site is EqualsValueClauseSyntax { Parent: ParameterSyntax })
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
