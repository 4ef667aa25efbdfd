<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<!-- RAL Zuid pressure surface: diverging ramp for a gap: blue = surplus (negative), red = gap (positive), transparent at 0 and at nodata.
     %BAND%, %V0%..%V4% are filled in by the plugin from the band chosen and its value range. -->
<qgis version="3.22.16" styleCategories="AllStyleCategories" hasScaleBasedVisibilityFlag="0" minScale="1e+08" maxScale="0">
  <pipe>
    <provider>
      <resampling enabled="false" maxOversampling="2" zoomedInResamplingMethod="nearestNeighbour" zoomedOutResamplingMethod="nearestNeighbour"/>
    </provider>
    <rasterrenderer type="singlebandpseudocolor" band="%BAND%" opacity="0.8" alphaBand="-1" classificationMin="%V0%" classificationMax="%V4%" nodataColor="">
      <rasterTransparency>
        <singleValuePixelList>
          <pixelListEntry min="0" max="0" percentTransparent="100"/>
        </singleValuePixelList>
      </rasterTransparency>
      <minMaxOrigin>
        <limits>None</limits>
        <extent>WholeRaster</extent>
        <statAccuracy>Estimated</statAccuracy>
        <cumulativeCutLower>0.02</cumulativeCutLower>
        <cumulativeCutUpper>0.98</cumulativeCutUpper>
        <stdDevFactor>2</stdDevFactor>
      </minMaxOrigin>
      <rastershader>
        <colorrampshader colorRampType="INTERPOLATED" classificationMode="2" clip="0" minimumValue="%V0%" maximumValue="%V4%" labelPrecision="2">
          <colorramp type="gradient" name="[source]">
            <Option type="Map">
              <Option type="QString" name="color1" value="33,102,172,255"/>
              <Option type="QString" name="color2" value="178,24,43,255"/>
              <Option type="QString" name="discrete" value="0"/>
              <Option type="QString" name="rampType" value="gradient"/>
              <Option type="QString" name="stops" value="0.25;146,197,222,255:0.5;247,247,247,255:0.75;244,165,130,255"/>
            </Option>
          </colorramp>
          <item alpha="255" value="%V0%" label="%V0%" color="#2166ac"/>
          <item alpha="255" value="%V1%" label="%V1%" color="#92c5de"/>
          <item alpha="255" value="%V2%" label="%V2%" color="#f7f7f7"/>
          <item alpha="255" value="%V3%" label="%V3%" color="#f4a582"/>
          <item alpha="255" value="%V4%" label="%V4%" color="#b2182b"/>
          <rampLegendSettings minimumLabel="" maximumLabel="" prefix="" suffix="" direction="0" useContinuousLegend="1" orientation="2"/>
        </colorrampshader>
      </rastershader>
    </rasterrenderer>
    <brightnesscontrast brightness="0" contrast="0" gamma="1"/>
    <huesaturation saturation="0" colorizeOn="0" colorizeRed="255" colorizeGreen="128" colorizeBlue="128" colorizeStrength="100" grayscaleMode="0"/>
    <rasterresampler maxOversampling="2"/>
    <resamplingStage>resamplingFilter</resamplingStage>
  </pipe>
  <blendMode>0</blendMode>
</qgis>
