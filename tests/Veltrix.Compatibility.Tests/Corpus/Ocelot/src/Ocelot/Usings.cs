// Default Microsoft.NET.Sdk namespaces
global using System;
global using System.Collections.Generic;
global using System.IO;
global using System.Linq;
global using System.Net.Http;
global using System.Threading;
global using System.Threading.Tasks;

// Project extra global namespaces
global using System.Collections.Concurrent;
global using System.Net;
global using System.Text;
global using System.Text.RegularExpressions;
