export interface IconOutput {
  file: string
  kind: 'icns' | 'ico' | 'png'
  sizes: number[]
  cropped: boolean
}
export declare const ICON_SOURCE: string
export declare const CROPPED_VIEW_BOX: string
export declare const ICON_OUTPUTS: ReadonlyArray<IconOutput>
