namespace eShop.Catalog.API;

[Veltrix.VeltrixConfig("CatalogOptions")]
public partial class CatalogOptions
{
    public string? PicBaseUrl { get; set; }
    public bool UseCustomizationData { get; set; }
}
