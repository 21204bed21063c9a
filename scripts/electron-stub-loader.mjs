// Node module-resolution hook (registered with module.register): the bare specifier
// `electron` resolves to the recording stub instead of the npm wrapper, which would try to
// locate a runtime binary that is not installed here.
const stubUrl = new URL('./electron-stub.mjs', import.meta.url).href

export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'electron') return { url: stubUrl, format: 'module', shortCircuit: true }
  return nextResolve(specifier, context)
}
