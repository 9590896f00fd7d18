export * as codecs from './gedeeld/codecs'
export * from './gedeeld/factuuropdracht'
export * from './geld'
