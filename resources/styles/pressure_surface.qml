<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<!-- RAL Zuid pressure surface: white-yellow-orange-red-purple ramp, transparent at 0 and at nodata.
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
              <Option type="QString" name="color1" value="255,255,204,255"/>
              <Option type="QString" name="color2" value="122,1,119,255"/>
              <Option type="QString" name="discrete" value="0"/>
              <Option type="QString" name="rampType" value="gradient"/>
              <Option type="QString" name="stops" value="0.25;254,217,118,255:0.5;253,141,60,255:0.75;227,26,28,255"/>
            </Option>
          </colorramp>
          <item alpha="255" value="%V0%" label="%V0%" color="#ffffcc"/>
          <item alpha="255" value="%V1%" label="%V1%" color="#fed976"/>
          <item alpha="255" value="%V2%" label="%V2%" color="#fd8d3c"/>
          <item alpha="255" value="%V3%" label="%V3%" color="#e31a1c"/>
          <item alpha="255" value="%V4%" label="%V4%" color="#7a0177"/>
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
