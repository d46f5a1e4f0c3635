// Type declarations for Vite's client features (?raw imports, import.meta.env).
/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/vanillajs" />
