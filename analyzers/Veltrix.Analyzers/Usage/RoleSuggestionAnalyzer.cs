using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Veltrix.Analyzers.ConfigSchema;
using Veltrix.Analyzers.Diagnostics;
using Veltrix.Analyzers.Options;
using Veltrix.Analyzers.Symbols;
using Veltrix.Generators.Models;
using Veltrix.Generators.Parsing;

namespace Veltrix.Analyzers.Usage;

/// <summary>
/// VLX3006: a member of a schema or section type whose name says cache size, TTL, timeout, concurrency, threads,
/// workers, queue, pool or retries, whose type fits that role (<c>TimeSpan</c> for durations, a whole number for
/// counts), and that carries no role attribute. The name patterns are options (<see cref="Roles"/>).
/// </summary>
/// <remarks>
/// The properties are reached from each declaration of a schema or section type (<see cref="SchemaDeclarations"/>):
/// the declarations of other types cost a lookup of their name.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RoleSuggestionAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The diagnostic property holding the suggested attribute's metadata name.</summary>
    public const string AttributeProperty = "Attribute";

    /// <summary>The roles in the order they are tried; the first whose patterns match and whose type fits wins.</summary>
    internal static readonly ImmutableArray<RoleSuggestion> Roles =
    [
        new("cache_ttl_names", "*Ttl*, *TimeToLive*, *CacheExpiration*, *CacheLifetime*, *Cache*.*Expiration*, *Cache*.*Lifetime*", "CacheTtl", "cache TTL", isDuration: true),
        new("timeout_names", "*Timeout*", "Timeout", "timeout", isDuration: true),
        new("cache_size_names", "*CacheSize*, *CacheCapacity*, *CacheEntries*, *Cache*.*Size*, *Cache*.*Capacity*, *Cache*.*Entries*", "CacheSize", "cache size", isDuration: false),
        new("concurrency_limit_names", "*Concurrency*, *MaxConcurrent*, *Parallelism*, *MaxParallel*", "ConcurrencyLimit", "concurrency limit", isDuration: false),
        new("thread_count_names", "*Threads*, *ThreadCount*, *Workers*, *WorkerCount*, *Worker*.*Count*", "ThreadCount", "thread or worker count", isDuration: false),
        new("queue_capacity_names", "*QueueCapacity*, *QueueSize*, *QueueLength*, *MaxQueue*, *Queue*.*Capacity*", "QueueCapacity", "queue capacity", isDuration: false),
        new("pool_size_names", "*PoolSize*, *MaxPool*, *Pool*.*Size*", "PoolSize", "pool size", isDuration: false),
        new("retry_count_names", "*RetryCount*, *Retries*, *MaxRetry*, *MaxAttempts*", "RetryCount", "retry count", isDuration: false),
    ];

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [DiagnosticDescriptors.RoleAttributeSuggested];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start =>
        {
            if (VeltrixSymbols.TryCreate(start.Compilation) is not { } symbols || symbols.ConfigRoleAttribute is null)
            {
                return;
            }

            var model = SchemaModel.For(start.Compilation, symbols);

            // The patterns of each role, parsed once per options object: options differ between files, not within one,
            // and the files the same .editorconfig sections apply to share one object.
            var patterns = new ConditionalWeakTable<AnalyzerConfigOptions, NamePatterns[]>();

            // The roles whose attribute the referenced runtime declares, looked up once rather than per member.
            var declared = new bool[Roles.Length];
            for (var i = 0; i < Roles.Length; i++)
            {
                declared[i] = start.Compilation.GetTypeByMetadataName(Roles[i].AttributeMetadataName) is not null;
            }

            start.RegisterSyntaxNodeAction(c => AnalyzeDeclaration(c, model, patterns, declared), SchemaDeclarations.Kinds);
        });
    }

    private static void AnalyzeDeclaration(
        SyntaxNodeAnalysisContext context,
        SchemaModel model,
        ConditionalWeakTable<AnalyzerConfigOptions, NamePatterns[]> patterns,
        bool[] declared)
    {
        if (SchemaDeclarations.SchemaTypeOf(context, model) is not { } type)
        {
            return;
        }

        foreach (var member in type.GetMembers())
        {
            if (member is IPropertySymbol property && SchemaDeclarations.IsDeclaredIn(property, context.Node))
            {
                AnalyzeProperty(context, property, model, patterns, declared);
            }
        }
    }

    private static void AnalyzeProperty(
        SyntaxNodeAnalysisContext context,
        IPropertySymbol property,
        SchemaModel model,
        ConditionalWeakTable<AnalyzerConfigOptions, NamePatterns[]> patterns,
        bool[] declared)
    {
        // Only a member the generator binds is read into a snapshot, so only its role matters; its role attribute may
        // be written on the property or, for a positional record, on the constructor parameter.
        if (!model.TryGetMember(property, out var member)
            || member.Role != RoleKind.None
            || property.DeclaringSyntaxReferences.Length == 0)
        {
            return;
        }

        var declaration = property.DeclaringSyntaxReferences[0].GetSyntax(context.CancellationToken);
        var location = declaration switch
        {
            PropertyDeclarationSyntax p => p.Identifier.GetLocation(),
            ParameterSyntax p => p.Identifier.GetLocation(),
            _ => null,
        };
        if (location is null)
        {
            return;
        }

        var isDuration = IsTimeSpan(property.Type);
        var isCount = IsWholeNumber(property.Type);
        if (!isDuration && !isCount)
        {
            return;
        }

        var options = context.Options.AnalyzerConfigOptionsProvider;
        var filePatterns = patterns.GetValue(options.GetOptions(declaration.SyntaxTree), static fileOptions => ReadPatterns(fileOptions));
        for (var i = 0; i < Roles.Length; i++)
        {
            var role = Roles[i];
            if (role.IsDuration != isDuration
                || !declared[i]
                || !filePatterns[i].Matches(property.ContainingType.Name, property.Name))
            {
                continue;
            }

            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.RoleAttributeSuggested,
                location,
                ImmutableDictionary<string, string?>.Empty.Add(AttributeProperty, role.AttributeMetadataName),
                property.Name,
                role.Description,
                role.AttributeName));
            return;
        }
    }

    private static NamePatterns[] ReadPatterns(AnalyzerConfigOptions options)
    {
        var result = new NamePatterns[Roles.Length];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = NamePatterns.Read(options, DiagnosticIds.RoleAttributeSuggested, Roles[i].Option, Roles[i].DefaultPatterns);
        }

        return result;
    }

    private static ITypeSymbol Underlying(ITypeSymbol type)
        => type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable ? nullable.TypeArguments[0] : type;

    private static bool IsTimeSpan(ITypeSymbol type) => TypeClassifier.GetScalarKind(Underlying(type)) == ScalarKind.TimeSpan;

    private static bool IsWholeNumber(ITypeSymbol type)
        => Underlying(type).SpecialType is SpecialType.System_SByte or SpecialType.System_Byte or SpecialType.System_Int16
            or SpecialType.System_UInt16 or SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64
            or SpecialType.System_UInt64;
}
